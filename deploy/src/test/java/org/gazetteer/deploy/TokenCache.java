package org.gazetteer.deploy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The end-to-end suite's access tokens: one password grant per user and run, then refresh-token
 * grants whenever a token is about to expire. The realm rotates refresh tokens (each one works
 * once), so every refresh uses the newest one, and one user's refreshes never run at the same time.
 */
final class TokenCache {

  /** A token with less left than this is refreshed before it is handed out. */
  static final Duration MARGIN = Duration.ofSeconds(60);

  /** What the token endpoint answered. */
  record Grant(String accessToken, String refreshToken, long expiresInSeconds) {}

  private final String clientId;
  private final Function<Map<String, String>, Grant> endpoint;
  private final LongSupplier nanoClock;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /**
   * @param endpoint posts a form to the token endpoint and returns its 200 answer (or throws)
   * @param nanoClock {@code System::nanoTime}, or a fake one in tests
   */
  TokenCache(
      String clientId, Function<Map<String, String>, Grant> endpoint, LongSupplier nanoClock) {
    this.clientId = clientId;
    this.endpoint = endpoint;
    this.nanoClock = nanoClock;
  }

  /** {@code Bearer <access token>} of {@code username}, valid for at least {@link #MARGIN}. */
  String bearer(String username, String password) {
    return "Bearer "
        + sessions.computeIfAbsent(username, user -> new Session(user, password)).accessToken();
  }

  private final class Session {
    private final String username;
    private final String password;
    private Grant grant;
    private long refreshAt;

    Session(String username, String password) {
      this.username = username;
      this.password = password;
    }

    synchronized String accessToken() {
      if (grant == null) {
        obtain(
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password));
      } else if (nanoClock.getAsLong() - refreshAt >= 0) {
        obtain(
            Map.of(
                "grant_type",
                "refresh_token",
                "client_id",
                clientId,
                "refresh_token",
                grant.refreshToken()));
      }
      return grant.accessToken();
    }

    private void obtain(Map<String, String> form) {
      long asked = nanoClock.getAsLong();
      grant = endpoint.apply(form);
      refreshAt = asked + Duration.ofSeconds(grant.expiresInSeconds()).minus(MARGIN).toNanos();
    }
  }
}
