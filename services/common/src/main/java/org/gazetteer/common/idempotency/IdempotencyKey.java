package org.gazetteer.common.idempotency;

import java.util.regex.Pattern;
import org.gazetteer.common.problem.ProblemException;

/**
 * The {@code Idempotency-Key} header of docs/api-conventions.md: 8 to 64 letters, digits, {@code -}
 * or {@code _}. A malformed key is a 400 naming the header rather than a silently ignored retry
 * protection.
 */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";
  public static final String PATTERN = "[A-Za-z0-9_-]{8,64}";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  private IdempotencyKey() {}

  /** The key, null when the header is absent, or a 400 when it is malformed. */
  public static String parse(String header) {
    if (header == null) {
      return null;
    }
    if (!VALID.matcher(header).matches()) {
      throw ProblemException.invalid(
          HEADER, "must be 8 to 64 characters of A-Z, a-z, 0-9, '-' and '_'");
    }
    return header;
  }
}
