package org.gazetteer.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of verified bearer tokens ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "gazetteer.token-cache")
public interface TokenCacheConfig {

  /** Off to measure what verifying every request costs. */
  @WithDefault("true")
  boolean enabled();

  /** At most this many tokens are kept; the least recently used go first. */
  @WithDefault("10000")
  long maxSize();
}
