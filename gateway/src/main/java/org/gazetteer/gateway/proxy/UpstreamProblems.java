package org.gazetteer.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.gateway.routing.Upstream;

/**
 * Answers a request whose upstream gave no response with problem+json (docs/api-conventions.md,
 * §7).
 */
final class UpstreamProblems {

  private UpstreamProblems() {}

  static void send(
      RoutingContext rc,
      Upstream upstream,
      UpstreamFailure failure,
      Duration retryAfter,
      Duration timeout) {
    if (rc.response().headWritten() || rc.response().closed()) {
      return;
    }
    if (failure.retryable()) {
      rc.response().putHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }
    HttpProblems.send(rc, failure.problem(), failure.detail(upstream, timeout));
  }
}
