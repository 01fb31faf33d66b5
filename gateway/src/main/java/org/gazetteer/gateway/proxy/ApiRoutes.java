package org.gazetteer.gateway.proxy;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.Route;
import org.gazetteer.gateway.routing.RouteTable;

/**
 * Mounts the proxy on {@code /api/*} and on every other route's prefix (such as {@code /media}, the
 * images the museums service serves, which records name by root-relative URLs). Gateway features
 * that answer {@code /api} paths themselves (federated search, rate limits) register with a lower
 * order so that they run first.
 */
@ApplicationScoped
public class ApiRoutes {

  /** The proxy's route order: after Quarkus' own handlers, before the REST layer's default. */
  public static final int PROXY_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

  void register(
      @Observes Router router, ProxyHandler proxy, GatewayConfig config, RouteTable routes) {
    // Checked here so that a bad public URL stops the start, not the first request; the route
    // table, a singleton, is built from configuration when injected here, with the same effect.
    PublicOrigin.of(config.publicUrl());
    for (String path : mounts(routes)) {
      router.route(path).order(PROXY_ORDER).handler(proxy);
    }
  }

  /**
   * The paths the gateway serves: every {@code /api} path (the proxy answers 404 where no route
   * matches) and the prefix of every route outside {@code /api}, such as {@code /media}.
   */
  public static List<String> mounts(RouteTable routes) {
    List<String> paths = new ArrayList<>(List.of("/api/*"));
    for (Route route : routes.routes()) {
      if (!route.prefix().startsWith("/api/")) {
        paths.add(route.prefix());
        paths.add(route.prefix() + "/*");
      }
    }
    return paths;
  }
}
