package org.gazetteer.common.text;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bilingual text (docs/api-conventions.md): Chinese required, English optional. */
@Schema(description = "Bilingual text; zh is required, en is null when there is none")
public record LocalizedText(
    @Schema(example = "四川扶贫志") @NotBlank @Size(max = 20000) String zh,
    @Schema(nullable = true, example = "Sichuan Poverty Alleviation Gazetteer") @Size(max = 20000)
        String en) {

  /** Null when there is no Chinese text, so optional bilingual fields stay absent. */
  public static LocalizedText of(String zh, String en) {
    return zh == null ? null : new LocalizedText(zh, en);
  }
}
