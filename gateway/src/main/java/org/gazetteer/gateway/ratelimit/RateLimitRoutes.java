package org.gazetteer.gateway.ratelimit;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.ApiRoutes;

/** Puts the rate limiter in front of everything the gateway answers under {@code /api}. */
@ApplicationScoped
public class RateLimitRoutes {

  /** Before the cache and the proxy: a cache hit counts too. */
  public static final int ORDER = ApiRoutes.PROXY_ORDER - 100;

  void register(@Observes Router router, GatewayConfig config, RateLimiter limiter) {
    if (config.rateLimit().enabled()) {
      router.route("/api/*").order(ORDER).handler(limiter);
    }
  }
}
