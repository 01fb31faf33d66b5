package org.gazetteer.common.http;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.Problem;
import org.gazetteer.common.problem.ProblemResponses;
import org.gazetteer.common.problem.ProblemType;

/**
 * Problem+json for failures raised by the HTTP layer before application code runs: a bad bearer
 * token rejected by proactive authentication, an identity provider that cannot be reached, an
 * oversized body.
 */
@ApplicationScoped
public class HttpProblems {

  /** Seconds a client should wait when the identity provider cannot be reached. */
  public static final String IDENTITY_RETRY_AFTER_SECONDS = "5";

  /**
   * A bearer token cannot be checked while Keycloak is unreachable: neither the client's fault nor
   * a bug, so 503 rather than 500. Requests without a token never need Keycloak.
   */
  public static final String IDENTITY_DOWN =
      "The identity provider is not reachable, so the bearer token cannot be checked; try again"
          + " later";

  void register(@Observes Router router) {
    router.route().order(-100).failureHandler(this::onFailure);
  }

  private void onFailure(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (rc.response().headWritten()) {
      rc.next();
      return;
    }
    if (Failures.causedBy(failure, OIDCException.class)) {
      rc.response().putHeader("Retry-After", IDENTITY_RETRY_AFTER_SECONDS);
      send(rc, ProblemType.UNAVAILABLE, IDENTITY_DOWN);
    } else if (failure instanceof AuthenticationFailedException) {
      send(rc, ProblemType.UNAUTHORIZED, "The bearer token is not valid");
    } else if (failure instanceof UnauthorizedException) {
      send(rc, ProblemType.UNAUTHORIZED, "A valid bearer token is required");
    } else if (failure instanceof ForbiddenException) {
      send(rc, ProblemType.FORBIDDEN, "Your roles do not allow this operation");
    } else if (failure == null && rc.statusCode() == 413) {
      send(rc, ProblemType.PAYLOAD_TOO_LARGE, "The body is too large");
    } else {
      rc.next();
    }
  }

  /** Writes a problem response directly on the Vert.x response. */
  public static void send(RoutingContext rc, ProblemType type, String detail) {
    send(rc, Problem.of(type, detail));
  }

  /** Writes {@code problem} (e.g. one with field errors) directly on the Vert.x response. */
  public static void send(RoutingContext rc, Problem problem) {
    String requestId = rc.request().getHeader(RequestIds.HEADER);
    String body = ProblemResponses.json(problem.withRequestId(requestId));
    var response = rc.response().setStatusCode(problem.status());
    response.putHeader("Content-Type", Problem.MEDIA_TYPE);
    if (problem.status() == ProblemType.UNAUTHORIZED.status()) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"gazetteer\"");
    }
    response.end(body);
  }
}
