package org.gazetteer.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long idempotency keys are kept (docs/api-conventions.md). */
@ConfigMapping(prefix = "gazetteer.idempotency")
public interface IdempotencyConfig {

  /** How long a key answers retries with its first response. */
  @WithDefault("PT24H")
  Duration retention();

  /**
   * How long a first request may stay unfinished before its key counts as abandoned (its instance
   * died) and a retry may run again.
   */
  @WithDefault("PT1M")
  Duration abandonedAfter();

  /** How often keys past their retention are deleted; {@code off} disables it. */
  @WithDefault("1h")
  String purgeEvery();
}
