package org.gazetteer.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Everything the gateway reads from configuration, under {@code gateway.*}. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /**
   * Where clients reach the gateway ({@code scheme://host[:port]}); the forwarding headers sent to
   * services come from it. Defaults to {@code http://localhost} on the gateway's HTTP port.
   */
  @WithDefault("${GAZETTEER_PUBLIC_URL:http://localhost:${quarkus.http.port:8080}}")
  URI publicUrl();

  /** Base URLs of the services the routes point at. */
  Upstreams upstream();

  /** How long the gateway waits for an upstream. */
  Timeouts timeout();

  /** When the gateway stops calling an upstream that keeps failing. */
  CircuitBreaker circuitBreaker();

  /** Keep-alive connection pool per upstream. */
  Pool pool();

  /** Readiness checks of the upstreams. */
  Health health();

  /** The services' base URLs; the launcher and Kubernetes set them through the env vars. */
  interface Upstreams {
    @WithDefault("${GAZETTEER_MUSEUMS_URL:http://localhost:8081}")
    URI museums();

    @WithDefault("${GAZETTEER_READING_ROOMS_URL:http://localhost:8082}")
    URI readingRooms();

    @WithDefault("${GAZETTEER_EVENTS_URL:http://localhost:8083}")
    URI events();

    @WithDefault("${GAZETTEER_ALLIANCE_URL:http://localhost:8084}")
    URI alliance();
  }

  interface Timeouts {
    /**
     * Time to get a connection (from the pool or a new one); beyond it the upstream counts as down
     * (503).
     */
    @WithDefault("2S")
    Duration connect();

    /** Time an upstream may stay silent before the gateway answers 504, unless a route says. */
    @WithDefault("30S")
    Duration response();

    /** Per-route response timeouts by route name ({@code exhibits}, {@code events-ics}, …). */
    Map<String, Duration> routes();

    /** The response timeout of the route named {@code route}. */
    default Duration responseFor(String route) {
      return routes().getOrDefault(route, response());
    }
  }

  interface CircuitBreaker {
    /** Consecutive transport failures (refused, timed out, reset) that open the circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open circuit answers 503 before it lets one trial request through. */
    @WithDefault("10S")
    Duration delay();
  }

  interface Pool {
    /** Connections kept per upstream and event loop group. */
    @WithDefault("64")
    int maxSize();

    /** An idle pooled connection is closed after this time. */
    @WithDefault("60S")
    Duration keepAliveTimeout();
  }

  interface Health {
    /** How long a readiness probe of an upstream may take. */
    @WithDefault("2S")
    Duration timeout();

    /**
     * Whether an unreachable upstream makes the gateway itself not ready. Off by default: the
     * gateway still serves the other routes and answers 503 for the missing one.
     */
    @WithDefault("false")
    boolean upstreamsAffectReadiness();
  }
}
