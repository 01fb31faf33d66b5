package org.gazetteer.common.idempotency;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.gazetteer.common.problem.ProblemException;

/**
 * Runs a request under its {@code Idempotency-Key} (docs/api-conventions.md): a retry gets the
 * first response, another body under the same key a 422, a duplicate while the first still runs a
 * 409.
 *
 * <p>The work must complete the claim with {@link IdempotencyStore#complete} inside its own
 * transaction, so that the change and the stored answer commit together. When the work fails with a
 * {@link ProblemException} (a rule said no), that problem is stored as the answer, so a retry hears
 * the same no; any other failure gives the key up, so a retry can run again.
 */
public final class IdempotentCalls {

  private IdempotentCalls() {}

  /** The response to {@code scope}'s request: the work's, or the one stored for the key. */
  public static Uni<Response> run(
      IdempotencyStore store, IdempotencyScope scope, Supplier<Uni<Response>> work) {
    return store
        .claim(scope)
        .flatMap(
            taken -> {
              if (taken != null) {
                return Uni.createFrom().item(taken.replayFor(scope).replay());
              }
              return work.get().onFailure().call(failure -> keepOrGiveUp(store, scope, failure));
            });
  }

  private static Uni<Void> keepOrGiveUp(
      IdempotencyStore store, IdempotencyScope scope, Throwable failure) {
    Uni<Void> settle =
        failure instanceof ProblemException problem
            ? store.complete(scope, StoredResponse.of(problem))
            : store.abandon(scope);
    // The client hears the original failure even if the key could not be settled.
    return settle.onFailure().recoverWithNull();
  }
}
