package org.gazetteer.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.gazetteer.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses what {@link RequestTargetRule} refuses — control characters, broken percent-encoding or
 * invalid UTF-8 in the path or query — before any resource sees it (docs/api-conventions.md):
 * {@code /api/museums/%00} is a 400 naming the part, never a NUL that reaches PostgreSQL and
 * answers 500. One filter for every service, on the same rule as the gateway's.
 */
public class ControlCharacters {

  @ServerRequestFilter(preMatching = true)
  public void refuse(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    RequestTargetRule.problem(path == null ? "" : path, uri.getRawQuery())
        .ifPresent(
            problem -> {
              throw ProblemException.invalid(problem.field(), problem.message());
            });
  }
}
