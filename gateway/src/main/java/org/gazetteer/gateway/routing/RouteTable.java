package org.gazetteer.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gazetteer.gateway.config.GatewayConfig;

/**
 * Which upstream serves a path, from configuration ({@code gateway.upstream.*} and {@code
 * gateway.routes.*}); services serve the same paths, so a route is only a prefix. A route that
 * names no upstream, a prefix that is not a path or that two routes share, stop the start.
 */
public final class RouteTable {

  private final List<Upstream> upstreams;
  private final List<Route> routes;

  /** Routes are tried longest prefix first, so a more specific route always wins. */
  public RouteTable(List<Upstream> upstreams, List<Route> routes) {
    this.upstreams = List.copyOf(upstreams);
    this.routes =
        routes.stream()
            .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
            .toList();
  }

  /** The table the configuration describes; {@link IllegalStateException} when it is wrong. */
  public static RouteTable from(GatewayConfig config) {
    Map<String, Upstream> upstreams = new TreeMap<>();
    config.upstream().forEach((id, url) -> upstreams.put(id, upstream(id, url)));
    List<Route> routes = new ArrayList<>();
    Set<String> prefixes = new HashSet<>();
    new TreeMap<>(config.routes())
        .forEach(
            (name, r) -> {
              Upstream upstream = upstreams.get(r.upstream());
              if (upstream == null) {
                throw new IllegalStateException(
                    "gateway.routes."
                        + name
                        + ".upstream names no upstream: "
                        + r.upstream()
                        + "; upstreams are "
                        + upstreams.keySet());
              }
              if (!r.prefix().startsWith("/")
                  || r.prefix().length() > 1 && r.prefix().endsWith("/")) {
                throw new IllegalStateException(
                    "gateway.routes."
                        + name
                        + ".prefix must start with / and not end with it: "
                        + r.prefix());
              }
              if (!prefixes.add(r.prefix())) {
                throw new IllegalStateException(
                    "gateway.routes." + name + ".prefix " + r.prefix() + " is another route's too");
              }
              routes.add(
                  new Route(
                      name,
                      r.prefix(),
                      upstream,
                      r.timeout().orElse(config.timeout().response()),
                      r.cacheTtl().orElse(Duration.ZERO),
                      r.maxBodySize().orElse(config.maxBodySize())));
            });
    return new RouteTable(List.copyOf(upstreams.values()), routes);
  }

  private static Upstream upstream(String id, URI url) {
    if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
      throw new IllegalStateException(
          "gateway.upstream." + id + " must be an http or https URL: " + url);
    }
    return new Upstream(id, url);
  }

  public Optional<Route> resolve(String path) {
    if (path == null) {
      return Optional.empty();
    }
    return routes.stream().filter(route -> route.matches(path)).findFirst();
  }

  public List<Route> routes() {
    return routes;
  }

  /** Every configured upstream, by name. */
  public List<Upstream> upstreams() {
    return upstreams;
  }
}
