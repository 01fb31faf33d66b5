package org.gazetteer.gateway.routing;

/**
 * A path prefix served by one upstream. It matches whole path segments only: {@code /api/museums}
 * matches {@code /api/museums} and {@code /api/museums/chengdu}, never {@code /api/museumsX}.
 *
 * @param name the route's name in config keys ({@code gateway.timeout.routes.<name>})
 */
public record Route(String name, String prefix, Upstream upstream) {

  public boolean matches(String path) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }
}
