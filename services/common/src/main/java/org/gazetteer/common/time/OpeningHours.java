package org.gazetteer.common.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Weekly opening hours in Asia/Shanghai: the days and the local times a museum or a reading room
 * opens and closes, one value type for the whole network; {@code 24:00} closes at midnight. A time
 * that is not {@code HH:mm} is one error, not also a second one about the order.
 */
@Schema(description = "Weekly opening hours, local time in Asia/Shanghai")
public record OpeningHours(
    @Schema(example = "[\"TUE\", \"WED\"]") @NotEmpty @Size(max = 7) List<@NotNull Weekday> days,
    @Schema(pattern = "^(?:" + HH_MM + ")$", example = "09:00")
        @NotNull
        @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        String opens,
    @Schema(pattern = "^(?:" + HH_MM + ")$", example = "17:00")
        @NotNull
        @Pattern(regexp = HH_MM, message = "must be a time HH:mm")
        String closes) {

  public static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";

  @AssertTrue(message = "must close after it opens")
  @JsonIgnore
  @Schema(hidden = true)
  public boolean isClosingAfterOpening() {
    return opens == null
        || closes == null
        || !opens.matches(HH_MM)
        || !closes.matches(HH_MM)
        || closes.compareTo(opens) > 0;
  }

  /** Minutes after midnight of {@code HH:mm} (1440 for 24:00). */
  public static int minutes(String hhmm) {
    return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
  }
}
