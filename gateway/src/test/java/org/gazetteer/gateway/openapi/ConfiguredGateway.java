package org.gazetteer.gateway.openapi;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;

/** The gateway's own application.properties (no profile), for tests without Quarkus. */
final class ConfiguredGateway {

  static final GatewayConfig CONFIG = load();
  static final RouteTable ROUTES = RouteTable.from(CONFIG);

  private ConfiguredGateway() {}

  /** The configured upstream of that name. */
  static Upstream upstream(String id) {
    return ROUTES.upstreams().stream()
        .filter(upstream -> upstream.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no upstream " + id));
  }

  private static GatewayConfig load() {
    try {
      SmallRyeConfig config =
          new SmallRyeConfigBuilder()
              .addDefaultInterceptors()
              .withConverter(Duration.class, 100, new DurationConverter())
              .withMapping(GatewayConfig.class)
              .withSources(
                  new PropertiesConfigSource(
                      ConfiguredGateway.class
                          .getClassLoader()
                          .getResource("application.properties"),
                      100))
              .build();
      return config.getConfigMapping(GatewayConfig.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
