package org.gazetteer.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The buckets of one gateway instance, in a bounded map. A bucket not used for a whole window is
 * full again, so dropping it then changes nothing; the bound keeps a flood of addresses from
 * filling the heap (the least recently used go first).
 */
final class LocalBuckets implements Buckets {

  private final Cache<String, Bucket> buckets;

  LocalBuckets(long maxBuckets, Duration longestWindow) {
    this.buckets =
        Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(longestWindow).build();
  }

  @Override
  public CompletionStage<Probe> consume(String key, Tier tier) {
    Bucket bucket =
        buckets.get(
            tier.name() + "|" + key, k -> Bucket.builder().addLimit(tier.bandwidth()).build());
    return CompletableFuture.completedFuture(Probe.of(bucket.tryConsumeAndReturnRemaining(1)));
  }
}
