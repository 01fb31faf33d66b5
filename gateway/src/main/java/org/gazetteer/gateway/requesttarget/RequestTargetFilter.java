package org.gazetteer.gateway.requesttarget;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.http.RequestTargetRule;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;

/**
 * Answers a request whose path or query breaks the {@link RequestTargetRule} with a 400 {@code
 * /problems/validation} naming {@code path} or the parameter, so it never reaches a service. It
 * runs after the request id filter and before token checks: a bad target is answered the same with
 * or without a token, and costs no signature check.
 */
@ApplicationScoped
public class RequestTargetFilter {

  /** Just before authentication, after request ids. */
  static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 50;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  private void check(RoutingContext rc) {
    String path = rc.request().path();
    Optional<FieldError> problem =
        RequestTargetRule.problem(path == null ? "" : path, rc.request().query());
    if (problem.isEmpty()) {
      rc.next();
      return;
    }
    FieldError error = problem.get();
    HttpProblems.send(rc, ProblemException.invalid(error.field(), error.message()).toProblem());
  }
}
