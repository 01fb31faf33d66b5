package org.gazetteer.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The route table the gateway's own configuration describes, and the mistakes that stop it. */
class RouteTableTest {

  private final RouteTable table = configured(Map.of());

  /** The table of the gateway's application.properties, with {@code overrides} on top. */
  static RouteTable configured(Map<String, String> overrides) {
    try {
      ConfigSource file =
          new PropertiesConfigSource(
              RouteTableTest.class.getClassLoader().getResource("application.properties"), 100);
      SmallRyeConfig config =
          new SmallRyeConfigBuilder()
              .addDefaultInterceptors()
              .withConverter(Duration.class, 100, new DurationConverter())
              .withMapping(GatewayConfig.class)
              .withSources(file, new PropertiesConfigSource(overrides, "overrides", 200))
              .build();
      return RouteTable.from(config.getConfigMapping(GatewayConfig.class));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "/api/museums, museums",
    "/api/museums/chengdu, museums",
    "/api/museums/, museums",
    "/api/exhibits/changes, exhibits",
    "/api/exhibitions/1/exhibits, exhibitions",
    "/media, media",
    "/media/exhibits/sichuan-tongzhi.svg, media",
    "/api/reading-rooms/wuhou-001/holdings, reading-rooms",
    "/api/reservations, reservations",
    "/api/events, events",
    "/api/events.ics, events-ics",
    "/api/registrations/9/check-in, registrations",
    "/api/alliance/requests/1/ship, alliance"
  })
  void resolvesThePathToItsRoute(String path, String route) {
    assertEquals(route, table.resolve(path).orElseThrow().name());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/museumsX",
        "/api/museums-archive",
        "/api/events.icsx",
        "/api/eventsics",
        "/api/reading-room",
        "/api",
        "/api/",
        "/api/search",
        "/museums",
        "/mediax/a.svg",
        "/api/media",
        ""
      })
  void resolvesNothingUnlessWholeSegmentsMatch(String path) {
    assertTrue(table.resolve(path).isEmpty(), path);
  }

  @ParameterizedTest
  @CsvSource({
    "museums, museums",
    "exhibits, museums",
    "exhibitions, museums",
    "media, museums",
    "reading-rooms, reading-rooms",
    "reservations, reading-rooms",
    "events, events",
    "events-ics, events",
    "registrations, events",
    "alliance, alliance"
  })
  void sendsEachRouteToItsService(String route, String upstream) {
    assertEquals(
        upstream,
        table.routes().stream()
            .filter(r -> r.name().equals(route))
            .findFirst()
            .orElseThrow()
            .upstream()
            .id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/a/b", "/api/a/b/c"})
  void prefersTheLongestPrefix(String path) {
    Upstream a = new Upstream("a", URI.create("http://localhost:1"));
    Upstream b = new Upstream("b", URI.create("http://localhost:2"));
    RouteTable nested =
        new RouteTable(
            List.of(a, b),
            List.of(
                new Route("outer", "/api/a", a, Duration.ofSeconds(1), Duration.ZERO, 1024),
                new Route("inner", "/api/a/b", b, Duration.ofSeconds(1), Duration.ZERO, 1024)));
    assertEquals("inner", nested.resolve(path).orElseThrow().name());
  }

  @Test
  void aServiceAndItsPathsAreConfigurationOnly() {
    RouteTable more =
        configured(
            Map.of(
                "gateway.upstream.archives", "http://localhost:8090",
                "gateway.routes.archives.prefix", "/api/archives",
                "gateway.routes.archives.upstream", "archives",
                "gateway.routes.archives.timeout", "5S",
                "gateway.routes.oai.prefix", "/api/oai",
                "gateway.routes.oai.upstream", "museums"));
    Route archives = more.resolve("/api/archives/1").orElseThrow();
    assertEquals("archives", archives.upstream().id());
    assertEquals(URI.create("http://localhost:8090"), archives.upstream().url());
    assertEquals(Duration.ofSeconds(5), archives.timeout());
    assertEquals("museums", more.resolve("/api/oai").orElseThrow().upstream().id());
    assertEquals(Duration.ofSeconds(30), more.resolve("/api/oai").orElseThrow().timeout());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gateway.routes.exhibits.upstream | musems | names no upstream: musems",
        "gateway.routes.exhibits.prefix | api/exhibits | must start with /",
        "gateway.routes.exhibits.prefix | /api/exhibits/ | must start with / and not end with it",
        "gateway.routes.exhibits.prefix | /api/museums | is another route's too",
        "gateway.upstream.events | localhost:8083 | must be an http or https URL"
      })
  void aWrongTableStopsTheStart(String key, String value, String message) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> configured(Map.of(key, value)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
