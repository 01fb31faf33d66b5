package org.gazetteer.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Everything the gateway reads from configuration, under {@code gateway.*}. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

  /**
   * Where clients reach the gateway ({@code scheme://host[:port]}); the forwarding headers sent to
   * services come from it. Defaults to {@code http://localhost} on the gateway's HTTP port.
   */
  @WithDefault("${GAZETTEER_PUBLIC_URL:http://localhost:${quarkus.http.port:8080}}")
  URI publicUrl();

  /**
   * The services behind the gateway: base URL by name ({@code gateway.upstream.museums=…}). The
   * launcher and Kubernetes set them through the {@code GAZETTEER_*_URL} env vars.
   */
  Map<String, URI> upstream();

  /**
   * What the gateway serves: by route name, a path prefix and the upstream that serves it, and
   * optionally its response timeout ({@code gateway.routes.exhibits.prefix=/api/exhibits}). Adding
   * a service or a path is configuration only.
   */
  Map<String, RouteSettings> routes();

  /** How long the gateway waits for an upstream. */
  Timeouts timeout();

  /** When the gateway stops calling an upstream that keeps failing. */
  CircuitBreaker circuitBreaker();

  /** Keep-alive connection pool per upstream. */
  Pool pool();

  /** Readiness checks of the upstreams. */
  Health health();

  /** Token-bucket rate limits of the requests to {@code /api}. */
  RateLimit rateLimit();

  /** The cache of anonymous reads of public data. */
  Cache cache();

  /** The federated search across the services ({@code /api/search}). */
  Search search();

  /** The portal's and the console's settings. */
  Web web();

  /** What the web pages need beyond the API. */
  interface Web {
    /**
     * The map tiles of the reading-room map, a Leaflet URL template. The map shows its markers and
     * the list of rooms without tiles too, e.g. offline or when the tile server refuses.
     */
    @WithDefault("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl();

    /** The attribution the tile server's terms ask for, shown on the map. */
    @WithDefault("© OpenStreetMap contributors")
    String tileAttribution();
  }

  /** How long each source may take, and how long answers are kept. */
  interface Search {
    /** How long each service may take to answer its part. */
    @WithDefault("2S")
    Duration timeout();

    /** How long an answer with every section is kept for anonymous readers. */
    @WithDefault("30S")
    Duration cacheTtl();
  }

  /** How much the cache keeps, and for how long past a route's TTL an entry may be served. */
  interface Cache {
    @WithDefault("true")
    boolean enabled();

    /** The bytes of bodies and headers kept at most; the least used go first. */
    @WithDefault("67108864")
    long maxBytes();

    /** A larger answer is never kept (it is proxied as it streams). */
    @WithDefault("1048576")
    long maxEntryBytes();

    /** How long an expired entry may still be served while one refresh runs. */
    @WithDefault("30S")
    Duration staleWhileRevalidate();
  }

  /** The network's merged API document at {@code /openapi}. */
  OpenApi openapi();

  /** Who may send how many requests: tiers, and which callers get which. */
  interface RateLimit {
    /** Off only where a benchmark measures the limiter's own cost. */
    @WithDefault("true")
    boolean enabled();

    /** Tiers by name, each a quota of requests per window ({@code tiers.anon.quota=120}). */
    Map<String, Tier> tiers();

    /** The tier of anonymous requests, counted per client IP address. */
    @WithDefault("anon")
    String anonymousTier();

    /** The tier of signed-in users, counted per user ({@code sub}). */
    @WithDefault("user")
    String userTier();

    /** The tier of registered clients' own tokens (client credentials), counted per client. */
    @WithDefault("client")
    String clientTier();

    /**
     * Registered clients ({@code azp}) with a tier of their own ({@code
     * clients.demo-partner-app=partner}).
     */
    Map<String, String> clients();

    /**
     * Where the buckets live when several gateway instances share one limit ({@code
     * redis://host:port}, env {@code GATEWAY_RATE_LIMIT_REDIS_URL}); in process when absent.
     */
    Optional<String> redisUrl();

    /** At most this many callers' buckets in process; an idle bucket is full again and dropped. */
    @WithDefault("100000")
    long maxBuckets();

    /** A quota of requests per window. */
    interface Tier {
      long quota();

      Duration window();
    }
  }

  /** One route. */
  interface RouteSettings {
    /** The path prefix, matched by whole segments ({@code /api/museums}). */
    String prefix();

    /** The name of the upstream that serves it (a key of {@code gateway.upstream}). */
    String upstream();

    /** How long the upstream may stay silent on this route; {@code gateway.timeout.response}. */
    Optional<Duration> timeout();

    /** How long anonymous reads of this route are kept by the cache; none when absent or zero. */
    Optional<Duration> cacheTtl();

    /** The largest request body this route takes, in bytes; {@code gateway.max-body-size}. */
    OptionalLong maxBodySize();
  }

  /** The largest request body the gateway forwards, in bytes, unless a route says (413). */
  @WithDefault("16777216")
  long maxBodySize();

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

  interface OpenApi {
    /**
     * How often the services' own documents ({@code /q/openapi}) are fetched again; the first fetch
     * is at start.
     */
    @WithDefault("60S")
    Duration refresh();
  }
}
