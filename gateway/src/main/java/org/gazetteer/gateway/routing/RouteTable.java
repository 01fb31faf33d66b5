package org.gazetteer.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Which upstream serves a path; services serve the same paths, so a route is only a prefix. */
public final class RouteTable {

  private static final RouteTable STANDARD =
      new RouteTable(
          List.of(
              new Route("museums", "/api/museums", Upstream.MUSEUMS),
              new Route("exhibits", "/api/exhibits", Upstream.MUSEUMS),
              new Route("exhibitions", "/api/exhibitions", Upstream.MUSEUMS),
              new Route("media", "/media", Upstream.MUSEUMS),
              new Route("reading-rooms", "/api/reading-rooms", Upstream.READING_ROOMS),
              new Route("reservations", "/api/reservations", Upstream.READING_ROOMS),
              new Route("events", "/api/events", Upstream.EVENTS),
              new Route("events-ics", "/api/events.ics", Upstream.EVENTS),
              new Route("registrations", "/api/registrations", Upstream.EVENTS),
              new Route("alliance", "/api/alliance", Upstream.ALLIANCE)));

  private final List<Route> routes;

  /** Routes are tried longest prefix first, so a more specific route always wins. */
  public RouteTable(List<Route> routes) {
    this.routes =
        routes.stream()
            .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
            .toList();
  }

  /** The routes of docs/architecture.md. */
  public static RouteTable standard() {
    return STANDARD;
  }

  public Optional<Route> resolve(String path) {
    if (path == null) {
      return Optional.empty();
    }
    return routes.stream().filter(route -> route.matches(path)).findFirst();
  }

  /** Fails when a name is not one of this table's routes, e.g. a mistyped config key. */
  public void requireRoutes(Set<String> names, String configKey) {
    Set<String> known = routes.stream().map(Route::name).collect(Collectors.toSet());
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalStateException(
            configKey + "." + name + " names no route; routes are " + new TreeSet<>(known));
      }
    }
  }

  public List<Route> routes() {
    return routes;
  }
}
