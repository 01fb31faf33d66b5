package org.gazetteer.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.access.AccessLog;
import org.gazetteer.gateway.circuit.CircuitBreaker;
import org.gazetteer.gateway.circuit.CircuitBreakers;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.Route;
import org.gazetteer.gateway.routing.RouteTable;

/**
 * Forwards an {@code /api/…} or {@code /media/…} request to the upstream its route names, or
 * answers 404 when no route matches. A request reaches it after the request id filter and after
 * proactive authentication, so an invalid bearer token has already been answered with 401.
 */
@ApplicationScoped
public class ProxyHandler implements Handler<RoutingContext> {

  private static final String URL_TEMPLATE = "UrlPathTemplate";

  private final RouteTable routes;
  private final UpstreamClients clients;
  private final CircuitBreakers breakers;
  private final GatewayConfig config;
  private final PublicOrigin origin;

  ProxyHandler(
      RouteTable routes, UpstreamClients clients, CircuitBreakers breakers, GatewayConfig config) {
    this.routes = routes;
    this.clients = clients;
    this.breakers = breakers;
    this.config = config;
    this.origin = PublicOrigin.of(config.publicUrl());
  }

  @Override
  public void handle(RoutingContext rc) {
    String path = rc.normalizedPath();
    Optional<Route> match = routes.resolve(path);
    if (match.isEmpty()) {
      HttpProblems.send(rc, ProblemType.NOT_FOUND, "No API is served at this path");
      return;
    }
    Route route = match.get();
    rc.put(AccessLog.UPSTREAM, route.upstream().id());
    tagForMetrics(route, path);
    Duration timeout = route.timeout();
    String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && declaredTooLarge(length, route.maxBodySize())) {
      HttpProblems.send(
          rc,
          ProblemType.PAYLOAD_TOO_LARGE,
          "The body is larger than " + route.maxBodySize() + " bytes");
      return;
    }
    CircuitBreaker breaker = breakers.of(route.upstream());
    if (!breaker.tryAcquire()) {
      UpstreamProblems.send(
          rc, route.upstream(), UpstreamFailure.CIRCUIT_OPEN, breaker.retryAfter(), timeout);
      return;
    }
    new Exchange(rc, path, route, breaker, timeout)
        .start(clients.of(route.upstream()), config.timeout().connect(), origin);
  }

  private static boolean declaredTooLarge(String length, long limit) {
    try {
      return Long.parseLong(length.trim()) > limit;
    } catch (NumberFormatException e) {
      return false; // counted while it streams instead (BoundedBody)
    }
  }

  /**
   * Names the request in the HTTP server metrics by its route instead of its raw path (which holds
   * ids), so that metrics stay bounded. Quarkus reads this context local, as for REST endpoints.
   */
  private static void tagForMetrics(Route route, String path) {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(URL_TEMPLATE, path.equals(route.prefix()) ? path : route.prefix() + "/*");
    }
  }
}
