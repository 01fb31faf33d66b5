package org.gazetteer.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.gazetteer.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses control characters (and broken percent-encoding) in the path and query before any
 * resource sees them (docs/api-conventions.md): {@code /api/museums/%00} is a 400 naming the part,
 * never a NUL that reaches PostgreSQL and answers 500. One filter for every service.
 */
public class ControlCharacters {

  @ServerRequestFilter(preMatching = true)
  public void refuse(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path != null) {
      for (String segment : path.split("/", -1)) {
        check(segment, false, "path");
      }
    }
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq), true, "query");
        check(name, true, "query");
        if (eq >= 0) {
          check(pair.substring(eq + 1), true, name);
        }
      }
    }
  }

  private static void check(String raw, boolean form, String field) {
    String text = decode(raw, form, field);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\uFFFD') {
        throw ProblemException.invalid(
            safeName(field), "must not contain control characters or invalid UTF-8");
      }
    }
  }

  private static String decode(String raw, boolean form, String field) {
    try {
      // in a path a plus is a plus; in a query it is a space
      return URLDecoder.decode(form ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(safeName(field), "holds a broken percent-encoding");
    }
  }

  /** A parameter name fit to echo back: a name that is itself unreadable is called "query". */
  private static String safeName(String field) {
    return field.chars().allMatch(c -> c > 0x20 && c < 0x7f) && field.length() <= 64
        ? field
        : "query";
  }
}
