package org.gazetteer.events.venue;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.gazetteer.common.http.Responses;

/**
 * Reads venues from the services that own them: museums and reading rooms. Each read has a timeout,
 * one retry (it is a safe GET) and a circuit breaker of its own, so a service that is down costs a
 * fast failure instead of a wait per request. "No such record" (404) is an answer, not a failure:
 * it neither retries nor counts against the breaker. Every other outcome fails the {@code Uni};
 * {@link VenueCheck} turns that into a 503. The limits can be changed in configuration
 * (MicroProfile Fault Tolerance keys, e.g. {@code
 * org.gazetteer.events.venue.VenueClient/museum/Timeout/value}).
 */
@ApplicationScoped
public class VenueClient {

  private final MuseumsApi museums;
  private final ReadingRoomsApi readingRooms;

  VenueClient(@RestClient MuseumsApi museums, @RestClient ReadingRoomsApi readingRooms) {
    this.museums = museums;
    this.readingRooms = readingRooms;
  }

  /** The museum with {@code code}, or empty when the museums service has none. */
  @Timeout(value = 2, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("museums")
  public Uni<Optional<VenueRecord>> museum(String code) {
    return answer(museums.museum(code));
  }

  /** The reading room with {@code code}, or empty when the reading-rooms service has none. */
  @Timeout(value = 2, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("reading-rooms")
  public Uni<Optional<VenueRecord>> readingRoom(String code) {
    return answer(readingRooms.room(code));
  }

  private static Uni<Optional<VenueRecord>> answer(Uni<VenueRecord> read) {
    return read.map(Optional::of).onFailure(Responses::absent).recoverWithItem(Optional.empty());
  }
}
