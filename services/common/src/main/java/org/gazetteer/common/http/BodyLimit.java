package org.gazetteer.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gazetteer.common.problem.ProblemType;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json before it is read. Quarkus's own check (route order -2) answers such requests with
 * an empty 413; this runs just before it. Clients that send {@code Expect: 100-continue}, as curl
 * does for large uploads, get the answer without uploading anything. Chunked bodies that grow past
 * the limit are caught while being read and answered by {@link HttpProblems}.
 */
@ApplicationScoped
public class BodyLimit {

  private final Optional<MemorySize> maxBodySize;

  BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size")
          Optional<MemorySize> maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  void register(@Observes Router router) {
    maxBodySize.ifPresent(
        limit -> router.route().order(-3).handler(rc -> check(rc, limit.asLongValue())));
  }

  private static void check(RoutingContext rc, long limit) {
    String declared = rc.request().getHeader("Content-Length");
    if (declared != null && tooLarge(declared, limit)) {
      rc.response().putHeader("Connection", "close");
      HttpProblems.send(
          rc,
          ProblemType.PAYLOAD_TOO_LARGE,
          "The body is larger than the " + limit / 1024 + " KiB this service accepts");
      return;
    }
    rc.next();
  }

  private static boolean tooLarge(String declared, long limit) {
    try {
      return Long.parseLong(declared.strip()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
