package org.gazetteer.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

  private final RouteTable table = RouteTable.standard();

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
    "museums, MUSEUMS",
    "exhibits, MUSEUMS",
    "exhibitions, MUSEUMS",
    "media, MUSEUMS",
    "reading-rooms, READING_ROOMS",
    "reservations, READING_ROOMS",
    "events, EVENTS",
    "events-ics, EVENTS",
    "registrations, EVENTS",
    "alliance, ALLIANCE"
  })
  void sendsEachRouteToItsService(String route, Upstream upstream) {
    assertEquals(
        upstream,
        table.routes().stream()
            .filter(r -> r.name().equals(route))
            .findFirst()
            .orElseThrow()
            .upstream());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/a/b", "/api/a/b/c"})
  void prefersTheLongestPrefix(String path) {
    RouteTable nested =
        new RouteTable(
            List.of(
                new Route("outer", "/api/a", Upstream.MUSEUMS),
                new Route("inner", "/api/a/b", Upstream.EVENTS)));
    assertEquals("inner", nested.resolve(path).orElseThrow().name());
  }

  @Test
  void acceptsConfigKeysThatNameRoutes() {
    assertDoesNotThrow(() -> table.requireRoutes(Set.of("events-ics", "exhibits"), "key"));
  }

  @Test
  void rejectsConfigKeysThatNameNoRoute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> table.requireRoutes(Set.of("exhibit"), "gateway.timeout.routes"));
    assertTrue(e.getMessage().startsWith("gateway.timeout.routes.exhibit names no route"));
  }
}
