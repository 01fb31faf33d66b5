package org.gazetteer.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gazetteer.gateway.config.GatewayConfig;

/**
 * The security headers of every response: {@code X-Content-Type-Options: nosniff}, a {@code
 * Referrer-Policy}, a {@code Content-Security-Policy} that lets an API answer load and frame
 * nothing (pages set their own), and {@code Strict-Transport-Security} when the gateway is reached
 * over TLS (its public URL is {@code https}).
 */
@ApplicationScoped
public class SecurityHeaders {

  /** For answers that are data, not pages. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** Before everything else, so that even early refusals carry them. */
  static final int PRIORITY = Integer.MAX_VALUE - 2;

  private final boolean tls;

  SecurityHeaders(GatewayConfig config) {
    this.tls = "https".equalsIgnoreCase(config.publicUrl().getScheme());
  }

  void register(@Observes Filters filters) {
    filters.register(this::add, PRIORITY);
  }

  private void add(RoutingContext rc) {
    rc.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = rc.response().headers();
          headers.set("X-Content-Type-Options", "nosniff");
          if (!headers.contains("Referrer-Policy")) {
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
          }
          if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", API_POLICY);
          }
          if (tls) {
            headers.set("Strict-Transport-Security", HSTS);
          }
        });
    rc.next();
  }
}
