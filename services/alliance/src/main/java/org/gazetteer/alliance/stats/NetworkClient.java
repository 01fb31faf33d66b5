package org.gazetteer.alliance.stats;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the other services' public summaries. Each read has a timeout, one retry unless it timed
 * out (a slow source costs one timeout, not two) and a circuit breaker of its own.
 */
@ApplicationScoped
public class NetworkClient {

  private final SummaryApis.Museums museums;
  private final SummaryApis.ReadingRooms readingRooms;
  private final SummaryApis.Events events;

  NetworkClient(
      @RestClient SummaryApis.Museums museums,
      @RestClient SummaryApis.ReadingRooms readingRooms,
      @RestClient SummaryApis.Events events) {
    this.museums = museums;
    this.readingRooms = readingRooms;
    this.events = events;
  }

  @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("museums-summary")
  public Uni<NetworkFigures.Museums> museums() {
    return museums.summary();
  }

  @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("reading-rooms-summary")
  public Uni<NetworkFigures.ReadingRooms> readingRooms() {
    return readingRooms.summary();
  }

  @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
  @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("events-summary")
  public Uni<NetworkFigures.Events> events() {
    return events.summary();
  }
}
