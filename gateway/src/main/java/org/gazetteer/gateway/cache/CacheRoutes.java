package org.gazetteer.gateway.cache;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.ApiRoutes;
import org.gazetteer.gateway.ratelimit.RateLimitRoutes;
import org.gazetteer.gateway.routing.RouteTable;

/** Puts the cache after the rate limiter (a hit counts) and before the proxy. */
@ApplicationScoped
public class CacheRoutes {

  public static final int ORDER = RateLimitRoutes.ORDER + 10;

  void register(
      @Observes Router router, GatewayConfig config, RouteTable routes, ResponseCache cache) {
    if (config.cache().enabled()) {
      for (String path : ApiRoutes.mounts(routes)) {
        router.route(path).order(ORDER).handler(cache);
      }
    }
  }
}
