package org.gazetteer.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;

/**
 * An opaque keyset cursor: the sort keys of the last row of a page. Clients treat it as an opaque
 * string; a tampered or foreign cursor is a 400 on the {@code cursor} parameter.
 */
public record Cursor(List<String> keys) {

  private static final String VERSION = "c1";
  private static final String SEPARATOR = "\u001f";

  public static Cursor of(Object... keys) {
    return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
  }

  public String encode() {
    String raw = VERSION + SEPARATOR + String.join(SEPARATOR, keys);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor that must carry {@code size} keys; null stays null (the first page). */
  public static Cursor decode(String encoded, int size) {
    if (encoded == null || encoded.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(SEPARATOR, -1);
      if (parts.length != size + 1 || !VERSION.equals(parts[0])) {
        throw invalid();
      }
      return new Cursor(List.of(parts).subList(1, parts.length));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public String key(int index) {
    return keys.get(index);
  }

  /** A key that holds a timestamp; a 400 on {@code cursor} if it does not. */
  public OffsetDateTime timestamp(int index) {
    try {
      return OffsetDateTime.parse(keys.get(index));
    } catch (DateTimeParseException e) {
      throw invalid();
    }
  }

  /** A key that holds a {@code real} (such as a search rank); a 400 on {@code cursor} if not. */
  public float real(int index) {
    try {
      float value = Float.parseFloat(keys.get(index));
      if (Float.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw invalid();
  }

  /**
   * A key that holds how a row matched a text query, 0 (its text) or 1 (only the pinyin of its
   * title or name), for lists that put the one before the other; a 400 on {@code cursor} if not.
   */
  public int match(int index) {
    return switch (keys.get(index)) {
      case "0" -> 0;
      case "1" -> 1;
      default -> throw invalid();
    };
  }

  /** A key that holds a UUID; a 400 on {@code cursor} if it does not. */
  public UUID uuid(int index) {
    try {
      return UUID.fromString(keys.get(index));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static ProblemException invalid() {
    return ProblemException.invalid("cursor", "is not a cursor this list handed out");
  }
}
