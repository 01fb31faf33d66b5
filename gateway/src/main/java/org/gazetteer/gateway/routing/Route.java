package org.gazetteer.gateway.routing;

import java.time.Duration;

/**
 * A path prefix served by one upstream. It matches whole path segments only: {@code /api/museums}
 * matches {@code /api/museums} and {@code /api/museums/chengdu}, never {@code /api/museumsX}.
 *
 * @param name the route's name in config keys ({@code gateway.routes.<name>.*})
 * @param timeout how long the upstream may stay silent on this route
 * @param cacheTtl how long the cache keeps its anonymous reads; zero for not at all
 * @param maxBodySize the largest request body it takes, in bytes
 */
public record Route(
    String name,
    String prefix,
    Upstream upstream,
    Duration timeout,
    Duration cacheTtl,
    long maxBodySize) {

  public boolean matches(String path) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }
}
