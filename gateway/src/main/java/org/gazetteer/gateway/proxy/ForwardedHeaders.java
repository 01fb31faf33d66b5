package org.gazetteer.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The headers a proxied request and response carry: everything end-to-end, nothing hop-by-hop (RFC
 * 9110 §7.6.1), plus {@code X-Forwarded-*} so that services build {@code Location} and {@code Link}
 * URLs that point at the gateway.
 *
 * <p>Forwarding headers sent by the client are dropped and rewritten from what the gateway itself
 * saw, so a client cannot make a service believe in another host or address. Behind a trusted load
 * balancer, enable {@code quarkus.http.proxy.*} on the gateway: the request's scheme, host and
 * remote address then already carry the original values.
 */
final class ForwardedHeaders {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade");

  /**
   * Request headers the gateway answers itself: the upstream gets its own {@code Host}, and the
   * client's {@code Expect: 100-continue} was already answered by the gateway's HTTP server.
   */
  private static final Set<String> PER_CONNECTION = Set.of("host", "expect");

  private ForwardedHeaders() {}

  /** The headers to send upstream for {@code in}. */
  static MultiMap request(HttpServerRequest in) {
    MultiMap out = MultiMap.caseInsensitiveMultiMap();
    Set<String> dropped = hopByHop(in.headers());
    for (String name : in.headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!dropped.contains(lower) && !isForwarding(lower) && !PER_CONNECTION.contains(lower)) {
        out.set(name, in.headers().getAll(name));
      }
    }
    SocketAddress client = in.remoteAddress();
    if (client != null && client.hostAddress() != null) {
      out.set("X-Forwarded-For", client.hostAddress());
    }
    String scheme = in.scheme() == null ? "http" : in.scheme();
    out.set("X-Forwarded-Proto", scheme);
    HostAndPort authority = in.authority();
    if (authority != null) {
      out.set("X-Forwarded-Host", authority.host());
      int port = authority.port() > 0 ? authority.port() : "https".equals(scheme) ? 443 : 80;
      out.set("X-Forwarded-Port", Integer.toString(port));
    }
    return out;
  }

  /** Copies an upstream response's end-to-end headers onto the client's response. */
  static void response(MultiMap upstream, MultiMap out) {
    Set<String> dropped = hopByHop(upstream);
    for (String name : upstream.names()) {
      if (!dropped.contains(name.toLowerCase(Locale.ROOT))) {
        out.set(name, upstream.getAll(name));
      }
    }
  }

  /** The standard hop-by-hop headers and those the {@code Connection} header names. */
  private static Set<String> hopByHop(MultiMap headers) {
    Set<String> names = new HashSet<>(HOP_BY_HOP);
    for (String connection : headers.getAll("Connection")) {
      for (String token : connection.split(",")) {
        names.add(token.trim().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static boolean isForwarding(String lowerName) {
    return lowerName.equals("forwarded") || lowerName.startsWith("x-forwarded-");
  }
}
