package org.gazetteer.common.problem;

/**
 * The kinds of problem every service reports (docs/api-conventions.md), each with its status and
 * type URI.
 */
public enum ProblemType {
  VALIDATION(400, "validation", "Invalid request"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  FORBIDDEN(403, "forbidden", "Not allowed"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  CONFLICT(409, "conflict", "Conflict"),
  GONE(410, "gone", "Gone"),
  PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  UNPROCESSABLE(422, "unprocessable", "Unprocessable request"),
  PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
  QUOTA_EXCEEDED(429, "quota-exceeded", "Quota exceeded"),
  INTERNAL(500, "internal", "Internal error"),
  BAD_GATEWAY(502, "bad-gateway", "Bad gateway"),
  UNAVAILABLE(503, "unavailable", "Service unavailable"),
  GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway timeout");

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String uri() {
    return "/problems/" + slug;
  }

  public String title() {
    return title;
  }

  /** The problem type for an HTTP status, {@link #INTERNAL} or a close neighbour if none fits. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION;
  }
}
