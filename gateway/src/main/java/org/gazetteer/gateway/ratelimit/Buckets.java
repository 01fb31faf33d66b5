package org.gazetteer.gateway.ratelimit;

import java.util.concurrent.CompletionStage;

/** Where the callers' buckets live: in this process, or in Redis for several instances. */
interface Buckets extends AutoCloseable {

  /** Takes one request from {@code key}'s bucket of {@code tier}. */
  CompletionStage<Probe> consume(String key, Tier tier);

  @Override
  default void close() {}
}
