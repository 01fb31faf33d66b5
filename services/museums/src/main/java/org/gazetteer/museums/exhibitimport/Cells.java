package org.gazetteer.museums.exhibitimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gazetteer.common.text.Labeled;

/**
 * Reads typed values out of CSV cells the way registers are written: vocabulary codes or their
 * Chinese labels, dates as 2023-05-12 or 2023/5/12, lists separated by ; ； or 、.
 */
final class Cells {

  private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

  private Cells() {}

  /** Thrown with the message for the cell; the caller knows the row and column. */
  static final class BadCell extends RuntimeException {
    BadCell(String message) {
      super(message, null, false, false);
    }
  }

  static <E extends Enum<E> & Labeled> E code(Class<E> vocabulary, String cell) {
    String value = cell.strip();
    for (E code : vocabulary.getEnumConstants()) {
      if (code.name().equalsIgnoreCase(value) || code.zh().equals(value)) {
        return code;
      }
    }
    throw new BadCell(
        "must be one of "
            + Arrays.stream(vocabulary.getEnumConstants())
                .map(c -> c.name() + " (" + c.zh() + ")")
                .collect(Collectors.joining(", ")));
  }

  static Integer integer(String cell) {
    try {
      return Integer.valueOf(cell.strip());
    } catch (NumberFormatException e) {
      throw new BadCell("must be a whole number");
    }
  }

  static BigDecimal decimal(String cell) {
    try {
      return new BigDecimal(cell.strip());
    } catch (NumberFormatException e) {
      throw new BadCell("must be a number such as 26.5");
    }
  }

  static LocalDate date(String cell) {
    String value = cell.strip();
    try {
      return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadCell("must be a date such as 2023-05-12");
    }
  }

  static List<String> list(String cell) {
    return Arrays.stream(cell.split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
