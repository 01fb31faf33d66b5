package org.gazetteer.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * A rate-limit policy: {@code quota} requests per {@code window}, refilled whole at the end of each
 * window (so {@code RateLimit-Policy: "name";q=quota;w=window} says exactly what holds).
 */
record Tier(String name, long quota, Duration window) {

  Bandwidth bandwidth() {
    return Bandwidth.builder().capacity(quota).refillIntervally(quota, window).build();
  }

  BucketConfiguration bucket() {
    return BucketConfiguration.builder().addLimit(bandwidth()).build();
  }

  /** {@code RateLimit-Policy} (draft-ietf-httpapi-ratelimit-headers, a structured-field list). */
  String policy() {
    return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
  }
}
