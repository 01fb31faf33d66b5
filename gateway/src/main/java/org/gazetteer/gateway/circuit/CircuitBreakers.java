package org.gazetteer.gateway.circuit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;

/** One circuit breaker per upstream, with its state exported as a metric from the start. */
@Startup
@ApplicationScoped
public class CircuitBreakers {

  private final Map<String, CircuitBreaker> breakers = new HashMap<>();

  CircuitBreakers(GatewayConfig config, RouteTable routes, MeterRegistry metrics) {
    GatewayConfig.CircuitBreaker settings = config.circuitBreaker();
    for (Upstream upstream : routes.upstreams()) {
      CircuitBreaker breaker =
          new CircuitBreaker(settings.failureThreshold(), settings.delay(), System::nanoTime);
      breakers.put(upstream.id(), breaker);
      Gauge.builder(
              "gateway.circuit.open",
              breaker,
              b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1)
          .description("1 while the circuit to the upstream is open or half-open")
          .tag("upstream", upstream.id())
          // Micrometer holds gauge objects weakly by default; a gauge whose breaker was
          // collected (seen in tests, where applications restart in one JVM and share the
          // global registry) stops being exported. The breakers live as long as the app.
          .strongReference(true)
          .register(metrics);
    }
  }

  public CircuitBreaker of(Upstream upstream) {
    return breakers.get(upstream.id());
  }
}
