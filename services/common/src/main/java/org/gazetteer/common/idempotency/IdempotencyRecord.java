package org.gazetteer.common.idempotency;

import org.gazetteer.common.problem.ProblemException;

/**
 * What a store already holds under a key: the fingerprint of the body that claimed it and, once the
 * first request finished, its response.
 *
 * @param fingerprint the digest of the first request's body
 * @param response the first response, or null while the first request is still running
 */
public record IdempotencyRecord(String fingerprint, StoredResponse response) {

  /**
   * The rules of docs/api-conventions.md for a key that is taken: another body is a 422, a first
   * request still running is a 409, otherwise the first response is answered again.
   */
  public StoredResponse replayFor(IdempotencyScope scope) {
    if (!fingerprint.equals(scope.fingerprint())) {
      throw ProblemException.unprocessable(
          "This Idempotency-Key was used with another request body; use a new key for a new"
              + " request");
    }
    if (response == null) {
      throw ProblemException.conflict(
          "A request with this Idempotency-Key is still being processed; retry shortly");
    }
    return response;
  }
}
