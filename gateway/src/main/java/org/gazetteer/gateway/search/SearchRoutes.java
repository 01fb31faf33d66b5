package org.gazetteer.gateway.search;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gazetteer.gateway.cache.CacheRoutes;

/** Serves {@code GET /api/search} after the rate limiter (one search counts once). */
@ApplicationScoped
public class SearchRoutes {

  void register(@Observes Router router, FederatedSearch search) {
    router.get("/api/search").order(CacheRoutes.ORDER + 10).handler(search);
  }
}
