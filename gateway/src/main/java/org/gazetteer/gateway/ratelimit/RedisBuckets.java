package org.gazetteer.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The buckets in Redis, shared by every gateway instance that points at it. Bucket4j updates a
 * bucket with an atomic compare-and-swap, so concurrent requests through different instances never
 * lose an update; a key expires once its bucket would be full again.
 */
final class RedisBuckets implements Buckets {

  private static final String PREFIX = "gateway:rate:";

  private final RedisClient client;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final AsyncProxyManager<String> buckets;

  RedisBuckets(String url) {
    this.client = RedisClient.create(url);
    this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    this.buckets =
        LettuceBasedProxyManager.builderFor(connection)
            .withExpirationStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(1)))
            .build()
            .asAsync();
  }

  @Override
  public CompletionStage<Probe> consume(String key, Tier tier) {
    return buckets
        .builder()
        .build(PREFIX + tier.name() + ":" + key, tier.bucket())
        .tryConsumeAndReturnRemaining(1)
        .thenApply(Probe::of);
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown();
  }
}
