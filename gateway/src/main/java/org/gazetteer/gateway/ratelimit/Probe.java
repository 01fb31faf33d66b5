package org.gazetteer.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/**
 * What a bucket said of one request: whether it was let through, how many requests are left, and
 * when the window resets and (if refused) when the next request fits, in nanoseconds.
 */
record Probe(boolean consumed, long remaining, long nanosToReset, long nanosToRetry) {

  static Probe of(ConsumptionProbe p) {
    return new Probe(
        p.isConsumed(),
        p.getRemainingTokens(),
        p.getNanosToWaitForReset(),
        p.getNanosToWaitForRefill());
  }
}
