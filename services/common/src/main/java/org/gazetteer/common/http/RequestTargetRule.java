package org.gazetteer.common.http;

import java.util.Optional;
import org.gazetteer.common.problem.FieldError;

/**
 * What a request target may hold, checked by the gateway before it forwards a request and by every
 * service before a resource runs ({@link ControlCharacters}): once percent-decoded, the path and
 * every query parameter name and value are well-formed UTF-8 without control characters (C0
 * U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F). Services could not store or compare such text, and
 * a NUL in a parameter used to end as a 500 (docs/api-conventions.md: control characters in any
 * parameter are a 400).
 */
public final class RequestTargetRule {

  /** The {@code errors[].field} of a bad path. */
  public static final String PATH = "path";

  /** The {@code errors[].field} of a parameter whose name itself is bad (it cannot be quoted). */
  public static final String QUERY = "query";

  private RequestTargetRule() {}

  /** The first thing wrong with a raw path and raw query (may be null), or empty when none is. */
  public static Optional<FieldError> problem(String rawPath, String rawQuery) {
    Optional<String> path = textProblem(rawPath, false);
    if (path.isPresent()) {
      return Optional.of(new FieldError(PATH, path.get()));
    }
    if (rawQuery == null) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&", -1)) {
      Optional<FieldError> problem = parameterProblem(pair);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<FieldError> parameterProblem(String pair) {
    int equals = pair.indexOf('=');
    String rawName = equals < 0 ? pair : pair.substring(0, equals);
    Optional<String> nameProblem = textProblem(rawName, true);
    if (nameProblem.isPresent()) {
      return Optional.of(new FieldError(QUERY, "a parameter name " + nameProblem.get()));
    }
    if (equals < 0) {
      return Optional.empty();
    }
    return textProblem(pair.substring(equals + 1), true)
        .map(message -> new FieldError(PercentDecoding.decode(rawName, true), message));
  }

  /** Why the raw component is not acceptable, or empty when it is. */
  static Optional<String> textProblem(String raw, boolean plusIsSpace) {
    String text;
    try {
      text = PercentDecoding.decode(raw, plusIsSpace);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
        return Optional.of(String.format("must not contain control characters (U+%04X)", (int) c));
      }
    }
    return Optional.empty();
  }
}
