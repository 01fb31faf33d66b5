package org.gazetteer.common.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure that is the client's to fix or a rule that says no, mapped once to problem+json.
 * Services raise it (or a named subclass) from their rules; resources never build error responses.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null, Map.of());
  }

  public ProblemException(
      ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors == null ? null : List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  /** A 503: something this request needs is down; retry after {@code seconds}. */
  public static ProblemException unavailable(String detail, int seconds) {
    return new ProblemException(
        ProblemType.UNAVAILABLE, detail, null, Map.of("Retry-After", Integer.toString(seconds)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(ProblemType.NOT_FOUND, detail);
  }

  public static ProblemException gone(String detail) {
    return new ProblemException(ProblemType.GONE, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException unprocessable(String detail) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail);
  }

  /** A 400 naming one invalid field or parameter. */
  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        field + ": " + message,
        List.of(new FieldError(field, message)),
        Map.of());
  }

  public ProblemType type() {
    return type;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Problem toProblem() {
    return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors, null);
  }
}
