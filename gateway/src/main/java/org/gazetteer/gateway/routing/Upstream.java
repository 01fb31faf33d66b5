package org.gazetteer.gateway.routing;

import java.net.URI;
import java.util.function.Function;
import org.gazetteer.gateway.config.GatewayConfig;

/** The services behind the gateway (docs/architecture.md). */
public enum Upstream {
  MUSEUMS("museums", GatewayConfig.Upstreams::museums),
  READING_ROOMS("reading-rooms", GatewayConfig.Upstreams::readingRooms),
  EVENTS("events", GatewayConfig.Upstreams::events),
  ALLIANCE("alliance", GatewayConfig.Upstreams::alliance);

  private final String id;
  private final Function<GatewayConfig.Upstreams, URI> url;

  Upstream(String id, Function<GatewayConfig.Upstreams, URI> url) {
    this.id = id;
    this.url = url;
  }

  /** The service's name as used in config, metrics, health checks and problem details. */
  public String id() {
    return id;
  }

  /** The configured base URL of this service. */
  public URI url(GatewayConfig config) {
    return url.apply(config.upstream());
  }
}
