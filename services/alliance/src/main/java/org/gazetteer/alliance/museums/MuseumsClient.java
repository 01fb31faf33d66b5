package org.gazetteer.alliance.museums;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.gazetteer.common.http.Responses;

/**
 * Reads published exhibits from the museums service: one to check a resource's source, a batch for
 * the exhibits a page of resources shows. Each read has a timeout, one retry and the circuit
 * breaker {@code museums}; "no such published exhibit" (404, or 410 for a withdrawn one) is an
 * answer. Batch results are kept for a short while per exhibit ({@code
 * quarkus.cache.caffeine.exhibits.expire-after-write}), so a list does not ask again for what it
 * has just shown.
 */
@ApplicationScoped
public class MuseumsClient {

  private final MuseumsApi museums;
  private final Cache cache;

  MuseumsClient(@RestClient MuseumsApi museums, @CacheName("exhibits") Cache cache) {
    this.museums = museums;
    this.cache = cache;
  }

  /** The published exhibit, or empty when the museums service has none with that id. */
  @Timeout(value = 2, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("museums")
  public Uni<Optional<ExhibitRecord>> exhibit(UUID id) {
    return museums
        .exhibit(id)
        .map(e -> "PUBLISHED".equals(e.status()) ? Optional.of(e) : Optional.<ExhibitRecord>empty())
        .onFailure(Responses::absent)
        .recoverWithItem(Optional.empty());
  }

  /** The published ones of {@code ids}, by id, from the cache or one batch read of the rest. */
  @Timeout(value = 2, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 100)
  @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
  @CircuitBreakerName("museums-batch")
  public Uni<Map<UUID, ExhibitRecord>> exhibits(List<UUID> ids) {
    CaffeineCache kept = cache.as(CaffeineCache.class);
    Map<UUID, ExhibitRecord> found = new HashMap<>();
    List<UUID> missing = new ArrayList<>();
    for (UUID id : ids.stream().distinct().toList()) {
      CompletableFuture<Object> hit = kept.getIfPresent(id);
      if (hit != null && hit.isDone() && !hit.isCompletedExceptionally()) {
        found.put(id, (ExhibitRecord) hit.join());
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return Uni.createFrom().item(found);
    }
    String joined = missing.stream().map(UUID::toString).collect(Collectors.joining(","));
    return museums
        .exhibits(joined)
        .map(
            page -> {
              for (ExhibitRecord e : page.items()) {
                kept.put(e.id(), CompletableFuture.completedFuture(e));
                found.put(e.id(), e);
              }
              return found;
            });
  }
}
