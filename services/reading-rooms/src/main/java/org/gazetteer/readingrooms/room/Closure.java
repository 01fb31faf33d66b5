package org.gazetteer.readingrooms.room;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/**
 * Dates on which a room is closed whatever its weekly hours say, both days included. Dates stay ISO
 * text so the stored schedule compares them as strings in SQL.
 */
@Schema(description = "A dated closure, from and to included (dates in Asia/Shanghai)")
public record Closure(
    @Schema(pattern = "^" + DATE + "$", example = "2027-02-05", format = "date")
        @NotNull
        @Pattern(regexp = DATE, message = "must be a date")
        String from,
    @Schema(pattern = "^" + DATE + "$", example = "2027-02-11", format = "date")
        @NotNull
        @Pattern(regexp = DATE, message = "must be a date")
        String to,
    @Schema(nullable = true) @Valid LocalizedText reason) {

  static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

  @AssertTrue(message = "must be real dates, to on or after from")
  @JsonIgnore
  @Schema(hidden = true)
  public boolean isValidRange() {
    if (from == null || to == null || !from.matches(DATE) || !to.matches(DATE)) {
      return true;
    }
    try {
      return !LocalDate.parse(to).isBefore(LocalDate.parse(from));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether the room is closed on {@code date}. */
  public boolean covers(LocalDate date) {
    String day = date.toString();
    return from.compareTo(day) <= 0 && day.compareTo(to) <= 0;
  }
}
