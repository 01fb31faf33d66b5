package org.gazetteer.gateway.access;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.gazetteer.common.http.RequestIds;
import org.gazetteer.gateway.identity.RequestCaller;
import org.jboss.logging.Logger;

/**
 * One line per request, written when the response ends, to the category {@value #CATEGORY}: client
 * address, method, target with secret query values masked ({@link QueryMasking}), protocol, status,
 * bytes sent, duration, request id, the upstream forwarded to, and the caller by opaque ids (the
 * user's {@code sub}, the token's client {@code azp}). Quarkus' own access log is off because its
 * patterns cannot mask the query, which may carry a check-in code or a token. No header is logged,
 * so neither is {@code Authorization}.
 */
@ApplicationScoped
public class AccessLog {

  public static final String CATEGORY = "org.gazetteer.gateway.access";

  /** Right after the request id filter, so every request that reaches the router is logged. */
  static final int PRIORITY = Integer.MAX_VALUE - 1;

  /** The routing-context key under which the proxy names the upstream it forwarded to. */
  public static final String UPSTREAM = "gateway.upstream";

  private static final Logger LOG = Logger.getLogger(CATEGORY);

  void register(@Observes Filters filters) {
    filters.register(this::start, PRIORITY);
  }

  private void start(RoutingContext rc) {
    long started = System.nanoTime();
    rc.addEndHandler(ended -> LOG.info(line(rc, started)));
    rc.next();
  }

  private static String line(RoutingContext rc, long started) {
    HttpServerRequest in = rc.request();
    SocketAddress client = in.remoteAddress();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    String line =
        (client == null ? "-" : client.hostAddress())
            + " \""
            + in.method()
            + " "
            + QueryMasking.mask(in.uri())
            + " "
            + protocol(in)
            + "\" "
            + rc.response().getStatusCode()
            + " "
            + rc.response().bytesWritten()
            + " "
            + millis
            + "ms rid="
            + in.getHeader(RequestIds.HEADER)
            + " upstream="
            + orDash(rc.get(UPSTREAM))
            + caller(rc);
    return printable(line);
  }

  /** Who called, by opaque ids only: the user's {@code sub} and the token's client. */
  private static String caller(RoutingContext rc) {
    RequestCaller caller = RequestCaller.of(rc);
    return " user=" + orDash(caller.user()) + " client=" + orDash(caller.client());
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String protocol(HttpServerRequest in) {
    return switch (in.version()) {
      case HTTP_1_0 -> "HTTP/1.0";
      case HTTP_1_1 -> "HTTP/1.1";
      default -> "HTTP/2";
    };
  }

  /** Escapes control characters, so that a request cannot forge or break log lines. */
  static String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
