package org.gazetteer.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified (signature, issuer, audience, expiry), with the identity they
 * proved, until they expire: verifying a token's signature on every request costs more than the
 * request itself, and a token cannot change. Kept by the SHA-256 of the token, never the token;
 * bounded in count. A kept token is given only while it has not expired, to the second by its
 * {@code exp}, exactly as a fresh verification would refuse it.
 */
@ApplicationScoped
public class VerifiedTokens {

  /** One verified token: its identity and the second it stops being valid. */
  record Verified(SecurityIdentity identity, long expiresAt) {}

  private final Cache<String, Verified> tokens;
  private final Clock clock;
  private final boolean enabled;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  VerifiedTokens(TokenCacheConfig config, Clock clock) {
    this.clock = clock;
    this.enabled = config.enabled();
    this.tokens =
        Caffeine.newBuilder()
            .maximumSize(config.maxSize())
            .expireAfter(
                new Expiry<String, Verified>() {
                  @Override
                  public long expireAfterCreate(String key, Verified v, long now) {
                    long left = v.expiresAt() * 1000 - clock.millis();
                    return TimeUnit.MILLISECONDS.toNanos(Math.max(0, left));
                  }

                  @Override
                  public long expireAfterUpdate(String key, Verified v, long now, long current) {
                    return expireAfterCreate(key, v, now);
                  }

                  @Override
                  public long expireAfterRead(String key, Verified v, long now, long current) {
                    return current;
                  }
                })
            .build();
  }

  /** The identity {@code token} proved, if it was verified before and has not expired since. */
  SecurityIdentity get(String token) {
    if (!enabled) {
      return null;
    }
    Verified kept = tokens.getIfPresent(key(token));
    if (kept != null && clock.millis() / 1000 < kept.expiresAt()) {
      hits.incrementAndGet();
      return kept.identity();
    }
    misses.incrementAndGet();
    return null;
  }

  /** Keeps what verifying {@code token} proved, until its {@code exp}. */
  void put(String token, SecurityIdentity identity) {
    if (enabled
        && identity != null
        && !identity.isAnonymous()
        && identity.getPrincipal() instanceof JsonWebToken jwt
        && jwt.getExpirationTime() > clock.millis() / 1000) {
      tokens.put(key(token), new Verified(identity, jwt.getExpirationTime()));
    }
  }

  /** Requests answered from the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** Requests with a token that had to be verified so far. */
  public long misses() {
    return misses.get();
  }

  private static String key(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
