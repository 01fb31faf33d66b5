package org.gazetteer.gateway.openapi;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.ParsedHeaderValue;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemType;

/**
 * {@code GET /openapi}: the network's merged API document, JSON unless {@code ?format=yaml} or an
 * {@code Accept} that prefers YAML ({@code application/yaml}) asks for YAML; {@code ?format=json}
 * wins over {@code Accept}.
 */
@ApplicationScoped
public class OpenApiRoute {

  public static final String PATH = "/openapi";

  private static final Set<String> YAML_TYPES =
      Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");
  private static final Set<String> JSON_TYPES =
      Set.of("application/json", "application/vnd.oai.openapi+json", "application/*", "*/*");

  private final NetworkApiDocument document;

  OpenApiRoute(NetworkApiDocument document) {
    this.document = document;
  }

  void register(@Observes Router router) {
    router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::serve);
  }

  private void serve(RoutingContext rc) {
    String format = rc.request().getParam("format");
    boolean yaml;
    if (format == null) {
      yaml = prefersYaml(rc);
    } else if (format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml")) {
      yaml = true;
    } else if (format.equalsIgnoreCase("json")) {
      yaml = false;
    } else {
      HttpProblems.send(rc, ProblemType.VALIDATION, "format must be json or yaml");
      return;
    }
    NetworkApiDocument.Rendered current = document.current();
    rc.response()
        .putHeader("Content-Type", yaml ? "application/yaml; charset=UTF-8" : "application/json")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Vary", "Accept")
        .end(yaml ? current.yaml() : current.json());
  }

  /** The client's most wanted type that is JSON or YAML; JSON when it names neither. */
  private static boolean prefersYaml(RoutingContext rc) {
    for (ParsedHeaderValue accepted : rc.parsedHeaders().accept()) {
      String type = accepted.value().toLowerCase(Locale.ROOT);
      if (YAML_TYPES.contains(type)) {
        return true;
      }
      if (JSON_TYPES.contains(type)) {
        return false;
      }
    }
    return false;
  }
}
