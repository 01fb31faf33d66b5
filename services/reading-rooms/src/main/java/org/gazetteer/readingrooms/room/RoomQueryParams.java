package org.gazetteer.readingrooms.room;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazetteer.common.problem.ProblemException;

/**
 * Parses the register's query parameters that JAX-RS cannot: a point, a radius, an instant that
 * must carry its offset, a work title. Every bad value is a 400 naming the parameter.
 */
final class RoomQueryParams {

  static final double DEFAULT_RADIUS_KM = 10;
  static final double MAX_RADIUS_KM = 500;
  private static final Pattern POINT =
      Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*,\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

  private RoomQueryParams() {}

  /** The search circle of {@code near=lat,lon} and {@code radiusKm=}, null without near. */
  static NearPoint near(String near, String radiusKm) {
    if (near == null || near.isBlank()) {
      if (radiusKm != null && !radiusKm.isBlank()) {
        throw ProblemException.invalid("radiusKm", "needs near=lat,lon");
      }
      return null;
    }
    Matcher m = POINT.matcher(near);
    if (!m.matches()) {
      throw ProblemException.invalid(
          "near", "must be lat,lon in decimal degrees, e.g. 30.64,104.04");
    }
    double lat = Double.parseDouble(m.group(1));
    double lon = Double.parseDouble(m.group(2));
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw ProblemException.invalid(
          "near", "must have a latitude from -90 to 90 and a longitude from -180 to 180");
    }
    return new NearPoint(lat, lon, radius(radiusKm));
  }

  private static double radius(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_RADIUS_KM;
    }
    try {
      double radius = Double.parseDouble(value.strip());
      if (radius > 0 && radius <= MAX_RADIUS_KM) {
        return radius;
      }
    } catch (NumberFormatException e) {
      // answered below, like a value out of range
    }
    throw ProblemException.invalid(
        "radiusKm", "must be a number of km greater than 0 and at most " + (int) MAX_RADIUS_KM);
  }

  /** The instant of {@code openAt=} or {@code openNow=true}, null when neither asks. */
  static OffsetDateTime openAt(String openAt, String openNow, Clock clock) {
    boolean now = flag(openNow);
    if (openAt == null || openAt.isBlank()) {
      return now ? OffsetDateTime.now(clock) : null;
    }
    if (now) {
      throw ProblemException.invalid("openNow", "cannot be combined with openAt");
    }
    try {
      return OffsetDateTime.parse(openAt.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("openAt", withoutOffset(openAt));
    }
  }

  private static String withoutOffset(String value) {
    try {
      LocalDateTime.parse(value.strip());
      return "must carry a UTC offset, e.g. 2026-12-01T10:00:00+08:00";
    } catch (DateTimeParseException e) {
      return "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T10:00:00+08:00";
    }
  }

  private static boolean flag(String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ProblemException.invalid("openNow", "must be true or false");
  }

  /** A work title as holdings keep it: without 《》 and surrounding blanks; null when absent. */
  static String holding(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String bare = Titles.bare(title);
    if (bare.isEmpty() || bare.length() > 300) {
      throw ProblemException.invalid("holding", "must be a work title of 1 to 300 characters");
    }
    return bare;
  }
}
