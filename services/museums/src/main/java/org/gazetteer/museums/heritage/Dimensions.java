package org.gazetteer.museums.heritage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Overall dimensions in centimetres (通长、通宽、通高), with a note for anything else. */
@Schema(name = "Dimensions")
public record Dimensions(
    @Schema(nullable = true, example = "26.5")
        @Positive
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal lengthCm,
    @Schema(nullable = true, example = "17.2")
        @Positive
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal widthCm,
    @Schema(nullable = true, example = "3.1")
        @Positive
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2)
        BigDecimal heightCm,
    @Schema(nullable = true, example = "函套尺寸另计") @Size(max = 200) String note) {

  /** Whether nothing is given; not a property of the record (neither in the API nor stored). */
  @JsonIgnore
  public boolean isEmpty() {
    return lengthCm == null && widthCm == null && heightCm == null && note == null;
  }
}
