package org.gazetteer.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The headers a proxied request and response carry: everything end-to-end, nothing hop-by-hop (RFC
 * 9110 §7.6.1), plus {@code X-Forwarded-*} so that services build {@code Location} and {@code Link}
 * URLs that point at the gateway.
 *
 * <p>Forwarding headers sent by the client ({@code Forwarded}, {@code X-Forwarded-*}) are dropped.
 * {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} come from the configured {@link
 * PublicOrigin}, not from the {@code Host} the client sent, so a client cannot make a service
 * believe in another host. {@code X-Forwarded-For} is the connection's peer; behind a trusted load
 * balancer, enable {@code quarkus.http.proxy.*} on the gateway so that it is the original client.
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
  static MultiMap request(HttpServerRequest in, PublicOrigin origin) {
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
    out.set("X-Forwarded-Proto", origin.scheme());
    out.set("X-Forwarded-Host", origin.host());
    out.set("X-Forwarded-Port", Integer.toString(origin.port()));
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
