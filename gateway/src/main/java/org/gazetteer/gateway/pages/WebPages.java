package org.gazetteer.gateway.pages;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.openapi.SignIn;
import org.gazetteer.gateway.proxy.PublicOrigin;

/**
 * The gateway's own pages: the portal at {@code /} (the network's search in Chinese or English, the
 * services and links to the API documentation), and Swagger UI at {@code /docs} over the merged
 * document ({@code /openapi}). Swagger UI's files come from the {@code org.webjars:swagger-ui} jar,
 * only those the page uses; the page and its start script are the gateway's ({@code gateway-web/}).
 * Everything is read into memory at start and served with an entity tag. The pages carry a
 * Content-Security-Policy: no inline script anywhere (Swagger UI needs inline styles), connections
 * only to the gateway and the realm (signing in).
 */
@ApplicationScoped
public class WebPages {

  static final String DOCS = "/docs";
  static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  static final String OWN = "gateway-web/";

  /** The files of Swagger UI's distribution that the docs page uses. */
  static final List<String> SWAGGER_UI_FILES =
      List.of(
          "swagger-ui.css",
          "swagger-ui-bundle.js",
          "oauth2-redirect.html",
          "oauth2-redirect.js",
          "favicon-32x32.png",
          "favicon-16x16.png");

  private final Map<String, StaticFile> docs = new LinkedHashMap<>();
  private final StaticFile landing;
  private final StaticFile landingStyle;
  private final StaticFile portalScript;
  private final String docsPolicy;

  WebPages(GatewayConfig config) {
    String version = swaggerUiVersion();
    for (String file : SWAGGER_UI_FILES) {
      docs.put(file, StaticFile.load(WEBJAR + version + "/" + file));
    }
    for (String file : List.of("index.html", "docs.js", "docs.css")) {
      docs.put(file, StaticFile.load(OWN + "docs/" + file));
    }
    landing = StaticFile.load(OWN + "index.html");
    landingStyle = StaticFile.load(OWN + "site.css");
    portalScript = StaticFile.load(OWN + "portal/portal.js");
    PublicOrigin origin = PublicOrigin.of(config.publicUrl());
    docsPolicy = docsPolicy(origin(origin), SignIn.configured().origin());
  }

  /**
   * The portal's: its own script and styles only (no inline script), calls to the gateway's API,
   * its search form submitted to itself.
   */
  static final String PORTAL_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  void register(@Observes Router router) {
    router.route("/").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::landing);
    router
        .route("/site.css")
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .handler(rc -> send(rc, landingStyle, PORTAL_POLICY));
    router
        .route("/portal/portal.js")
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .handler(rc -> send(rc, portalScript, PORTAL_POLICY));
    router.route(DOCS).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::docs);
    // Quarkus would serve every webjar on the class path as it is: Swagger UI's own index page
    // (which loads a document from the internet) without the policy. Only /docs serves it.
    router
        .route("/webjars/*")
        .handler(rc -> HttpProblems.send(rc, ProblemType.NOT_FOUND, "Swagger UI is at /docs"));
    router.route(DOCS + "/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::docs);
  }

  private void landing(RoutingContext rc) {
    send(rc, landing, PORTAL_POLICY);
  }

  private void docs(RoutingContext rc) {
    String path = rc.normalizedPath();
    String name = path.length() <= DOCS.length() + 1 ? "index.html" : path.substring(6);
    StaticFile file = docs.get(name);
    if (file == null) {
      HttpProblems.send(rc, ProblemType.NOT_FOUND, "No such file of the docs page: " + path);
      return;
    }
    send(rc, file, docsPolicy);
  }

  private static void send(RoutingContext rc, StaticFile file, String policy) {
    HttpServerResponse response = rc.response();
    response
        .putHeader("Content-Security-Policy", policy)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader("Cache-Control", "no-cache")
        .putHeader("ETag", file.etag());
    if (file.etag().equals(rc.request().getHeader("If-None-Match"))) {
      response.setStatusCode(304).end();
      return;
    }
    response.putHeader("Content-Type", file.contentType()).end(file.content());
  }

  /**
   * Swagger UI's needs and no more: its scripts and styles from the gateway, inline styles (it sets
   * style attributes), images inline as {@code data:} (its icons) or {@code blob:} (image
   * responses), and connections to the gateway (the document, tried requests, also by the public
   * URL) and to the realm (the token request of the sign-in; the login itself is a window of its
   * own).
   */
  static String docsPolicy(String publicOrigin, String realmOrigin) {
    return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' "
        + publicOrigin
        + " "
        + realmOrigin
        + "; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";
  }

  private static String origin(PublicOrigin origin) {
    boolean defaultPort =
        origin.scheme().equals("https") ? origin.port() == 443 : origin.port() == 80;
    return origin.scheme() + "://" + origin.host() + (defaultPort ? "" : ":" + origin.port());
  }

  /** The version of the Swagger UI jar on the class path, which names its folder. */
  static String swaggerUiVersion() {
    Properties properties = new Properties();
    try {
      properties.load(
          new StringReader(
              StaticFile.text("META-INF/maven/org.webjars/swagger-ui/pom.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
