package org.gazetteer.common.http;

import jakarta.ws.rs.core.EntityTag;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;

/**
 * ETags from record versions, and the {@code If-Match} rule of docs/api-conventions.md (428 / 412).
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client last saw, from its {@code If-Match}; throws 428 when missing and 412
   * when it is not one of ours.
   */
  public static long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you read, so that no one's change is overwritten");
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw stale();
    }
  }

  /** Checks the client's version against the stored one. */
  public static void check(String ifMatch, long current) {
    if (expected(ifMatch) != current) {
      throw stale();
    }
  }

  public static ProblemException stale() {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "The record was changed since you read it; read it again and retry with its new ETag");
  }
}
