package org.gazetteer.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
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

  /**
   * A POST that creates something (a reservation, a registration), with or without an {@code
   * Idempotency-Key}. {@code work} runs the creation and calls the function it is given with the
   * result inside its transaction (a no-op without a key; with one, it stores the answer); {@code
   * answer} turns the result into the response sent, which is what a retry gets again.
   *
   * @param key the parsed {@code Idempotency-Key}, or null when none was sent
   * @param scopeOf the key's scope for a key, from the caller, method, path and fingerprint
   */
  public static <R> Uni<Response> create(
      IdempotencyStore store,
      String key,
      Function<String, IdempotencyScope> scopeOf,
      Function<Function<R, Uni<Void>>, Uni<R>> work,
      Function<R, Response> answer,
      ObjectMapper json) {
    if (key == null) {
      return work.apply(r -> Uni.createFrom().voidItem()).map(answer);
    }
    IdempotencyScope scope = scopeOf.apply(key);
    return run(
        store,
        scope,
        () -> work.apply(r -> store.complete(scope, stored(answer.apply(r), json))).map(answer));
  }

  /** What a created record's response stores: status, JSON body, Location and ETag. */
  private static StoredResponse stored(Response response, ObjectMapper json) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : new String[] {HttpHeaders.LOCATION, HttpHeaders.ETAG}) {
      String value = response.getHeaderString(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    try {
      return new StoredResponse(
          response.getStatus(),
          MediaType.APPLICATION_JSON,
          json.writeValueAsString(response.getEntity()),
          headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("responses are plain records", e);
    }
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
