package org.gazetteer.museums.museum;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.time.Weekday;

/** Weekly opening hours in Asia/Shanghai: the days and the local times it opens and closes. */
@Schema(description = "Weekly opening hours, local time in Asia/Shanghai")
public record OpeningHours(
    @Schema(example = "[\"TUE\", \"WED\"]") @NotEmpty List<@NotNull Weekday> days,
    @Schema(example = "09:00") @NotNull @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        String opens,
    @Schema(example = "17:00") @NotNull @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        String closes) {

  static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

  @AssertTrue(message = "must close after it opens")
  @JsonIgnore
  @Schema(hidden = true)
  public boolean isClosingAfterOpening() {
    return opens == null || closes == null || closes.compareTo(opens) > 0;
  }
}
