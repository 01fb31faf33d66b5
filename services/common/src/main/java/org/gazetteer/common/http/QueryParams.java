package org.gazetteer.common.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.vocabulary.Codes;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a 404 when they do not convert, so
 * that a bad value is a 400 naming the parameter and the values it accepts.
 */
public final class QueryParams {

  private QueryParams() {}

  /** The enum constant named by {@code value}, null when absent, or a 400 on {@code name}. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw ProblemException.invalid(name, "must be one of " + allowed);
    }
  }

  /**
   * The integer in {@code value}, null when absent, or a 400 on {@code name} outside the bounds.
   */
  public static Integer intValue(String value, String name, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // answered below, like a value out of bounds
    }
    throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
  }

  /** {@code true} or {@code false}, null when absent, or a 400 on {@code name}. */
  public static Boolean booleanValue(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalid(name, "must be true or false");
    };
  }

  /** An ISO-8601 date ({@code 2026-12-01}), null when absent, or a 400 on {@code name}. */
  public static LocalDate dateValue(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be a date such as 2026-12-01");
    }
  }

  /** A division code parameter (GB/T 2260), or null when absent or blank; else a 400 naming it. */
  public static String divisionValue(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip();
    if (!code.matches(Divisions.CODE)) {
      throw ProblemException.invalid(name, Divisions.CODE_MESSAGE);
    }
    return code;
  }

  /**
   * A code parameter ({@link Codes}: an institution, museum, room or member), or null when absent
   * or blank; else a 400 naming it and saying what it should name.
   */
  public static String codeValue(String value, String name, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip();
    if (!code.matches(Codes.CODE)) {
      throw ProblemException.invalid(name, "must be " + what);
    }
    return code;
  }
}
