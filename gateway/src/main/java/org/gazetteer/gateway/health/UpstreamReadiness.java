package org.gazetteer.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gazetteer.gateway.circuit.CircuitBreakers;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.UpstreamClients;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * One readiness check per upstream ({@code upstream-museums}, …) that calls the service's own
 * {@code /q/health/ready} and reports its state, URL and circuit as data, which only the management
 * interface shows ({@link PublicHealth}). When an upstream stops being UP, or is UP again, that is
 * logged once with the same details.
 *
 * <p>By default an upstream that is down is reported as data but leaves the gateway ready: a
 * gateway taken out of the load balancer because one service is down would turn that service's
 * outage into an outage of every route, whereas a ready gateway keeps serving the others and
 * answers 503 with {@code Retry-After} for the missing one. {@code
 * gateway.health.upstreams-affect-readiness=true} makes the checks strict.
 */
@ApplicationScoped
public class UpstreamReadiness {

  static final String PROBE_PATH = "/q/health/ready";

  private static final Logger LOG = Logger.getLogger(UpstreamReadiness.class);

  private final UpstreamClients clients;
  private final CircuitBreakers breakers;
  private final GatewayConfig config;
  private final RouteTable routes;
  private final Map<String, String> lastStates = new ConcurrentHashMap<>();

  UpstreamReadiness(
      UpstreamClients clients, CircuitBreakers breakers, GatewayConfig config, RouteTable routes) {
    this.clients = clients;
    this.breakers = breakers;
    this.config = config;
    this.routes = routes;
  }

  void register(@Observes StartupEvent started, @Readiness HealthRegistry registry) {
    for (Upstream upstream : routes.upstreams()) {
      registry.register("upstream-" + upstream.id(), () -> check(upstream));
    }
  }

  Uni<HealthCheckResponse> check(Upstream upstream) {
    return Uni.createFrom()
        .completionStage(() -> probe(clients.of(upstream)).toCompletionStage())
        .map(status -> status == 200 ? "UP" : "DOWN (HTTP " + status + ")")
        .onFailure()
        .recoverWithItem(failure -> "UNREACHABLE (" + failure.getClass().getSimpleName() + ")")
        .map(state -> response(upstream, state));
  }

  private Future<Integer> probe(HttpClient client) {
    long timeout = config.health().timeout().toMillis();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setURI(PROBE_PATH)
            .setConnectTimeout(timeout)
            .setIdleTimeout(timeout);
    return client
        .request(options)
        .compose(request -> request.send())
        .compose(response -> response.body().map(ignored -> response.statusCode()));
  }

  private HealthCheckResponse response(Upstream upstream, String state) {
    boolean up = state.equals("UP");
    String url = upstream.url().toString();
    String circuit = breakers.of(upstream).state().name();
    logChange(upstream, state, url, circuit);
    return HealthCheckResponse.named("upstream-" + upstream.id())
        .status(up || !config.health().upstreamsAffectReadiness())
        .withData("upstream", state)
        .withData("url", url)
        .withData("circuit", circuit)
        .build();
  }

  /** Logs a change of an upstream's state, not every probe: readiness is polled all the time. */
  private void logChange(Upstream upstream, String state, String url, String circuit) {
    String before = lastStates.put(upstream.id(), state);
    if (state.equals(before) || before == null && state.equals("UP")) {
      return;
    }
    if (state.equals("UP")) {
      LOG.infof("Upstream %s at %s is UP again (circuit %s)", upstream.id(), url, circuit);
    } else {
      LOG.warnf("Upstream %s at %s is %s (circuit %s)", upstream.id(), url, state, circuit);
    }
  }
}
