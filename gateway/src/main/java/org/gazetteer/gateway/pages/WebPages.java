package org.gazetteer.gateway.pages;

import io.quarkus.qute.Engine;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * The gateway's own pages: the portal ({@code /} the network's search, {@code /exhibits} with
 * facets, {@code /exhibit} and {@code /museum} the records, {@code /rooms} the reading-room map,
 * {@code /events}, {@code /resources} the alliance's public ones, {@code /account} a visitor's
 * bookings), the console ({@code /console}) and Swagger UI at {@code /docs} over the merged
 * document ({@code /openapi}). The pages are HTML rendered once at start from Qute templates
 * ({@code templates/pages/}, one layout) whose scripts call the public {@code /api} and sign in
 * with the realm's public client; their scripts and styles are served under {@code /web/},
 * Leaflet's from its webjar. Swagger UI's files come from the {@code org.webjars:swagger-ui} jar,
 * only those the page uses. Everything is read into memory at start and served with an entity tag.
 * The pages carry a Content-Security-Policy: no inline script anywhere (Swagger UI needs inline
 * styles), connections only to the gateway and the realm (signing in), images only from the gateway
 * and the map's tile server.
 */
@ApplicationScoped
public class WebPages {

  static final String DOCS = "/docs";
  static final String WEB = "/web/";
  static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  static final String LEAFLET = "META-INF/resources/webjars/leaflet/";
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

  /**
   * The pages by path, each a Qute template of {@code templates/pages/} that fills the blocks of
   * {@code layout.html} (the head, the header with the site's links and the sign-in bar); each is
   * rendered once, at start.
   */
  static final Map<String, String> PAGES =
      Map.of(
          "/", "index",
          "/exhibits", "exhibits",
          "/exhibit", "exhibit",
          "/museum", "museum",
          "/rooms", "rooms",
          "/events", "events",
          "/resources", "resources",
          "/account", "account",
          "/console", "console");

  /** The pages' own scripts and styles, served at {@code /web/<file>}. */
  static final List<String> ASSETS =
      List.of(
          "site.css",
          "i18n.js",
          "api.js",
          "session.js",
          "page.js",
          "record.js",
          "paged.js",
          "search.js",
          "exhibits.js",
          "exhibit.js",
          "museum.js",
          "rooms.js",
          "events.js",
          "resources.js",
          "account.js",
          "console.js",
          "console-kit.js",
          "console-events.js",
          "console-alliance.js",
          "console-rooms.js",
          "chart.js");

  /** Leaflet's files the map uses, served at {@code /web/leaflet/<file>}. */
  static final List<String> LEAFLET_FILES =
      List.of(
          "leaflet.js",
          "leaflet.css",
          "images/marker-icon.png",
          "images/marker-icon-2x.png",
          "images/marker-shadow.png",
          "images/layers.png",
          "images/layers-2x.png");

  private final Map<String, StaticFile> docs = new LinkedHashMap<>();
  private final Map<String, StaticFile> pages = new LinkedHashMap<>();
  private final Map<String, StaticFile> assets = new LinkedHashMap<>();
  private final String docsPolicy;
  private final String pagePolicy;
  private final String consoleUrl;

  WebPages(GatewayConfig config, Engine templates) {
    String version = webjarVersion("org.webjars", "swagger-ui");
    for (String file : SWAGGER_UI_FILES) {
      docs.put(file, StaticFile.load(WEBJAR + version + "/" + file));
    }
    for (String file : List.of("index.html", "docs.js", "docs.css")) {
      docs.put(file, StaticFile.load(OWN + "docs/" + file));
    }
    PAGES.forEach(
        (path, page) ->
            pages.put(
                path,
                StaticFile.of(
                    page + ".html",
                    templates
                        .getTemplate("pages/" + page)
                        .render()
                        .getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8")));
    for (String file : ASSETS) {
      assets.put(file, StaticFile.load(OWN + "web/" + file));
    }
    String leaflet = LEAFLET + webjarVersion("org.webjars.npm", "leaflet") + "/dist/";
    for (String file : LEAFLET_FILES) {
      assets.put("leaflet/" + file, StaticFile.load(leaflet + file));
    }
    PublicOrigin origin = PublicOrigin.of(config.publicUrl());
    SignIn signIn = SignIn.configured();
    assets.put(
        "config.json",
        StaticFile.of(
            "config.json",
            WebConfig.of(signIn, config.web()).encode().getBytes(StandardCharsets.UTF_8),
            "application/json"));
    docsPolicy = docsPolicy(origin(origin), signIn.origin());
    pagePolicy = pagePolicy(signIn.origin(), WebConfig.tileOrigin(config.web().tileUrl()));
    consoleUrl = origin(origin) + "/console";
  }

  void register(@Observes Router router) {
    for (String path : PAGES.keySet()) {
      router
          .route(path)
          .method(HttpMethod.GET)
          .method(HttpMethod.HEAD)
          .handler(rc -> send(rc, pages.get(path), pagePolicy));
    }
    router.route(WEB + "check-in.svg").method(HttpMethod.GET).handler(this::checkInCode);
    router.route(WEB + "*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::asset);
    router.route(DOCS).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::docs);
    // Quarkus would serve every webjar on the class path as it is: Swagger UI's own index page
    // (which loads a document from the internet) without the policy. Only /docs serves it.
    router
        .route("/webjars/*")
        .handler(rc -> HttpProblems.send(rc, ProblemType.NOT_FOUND, "Swagger UI is at /docs"));
    router.route(DOCS + "/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::docs);
  }

  /** The pages' policy, for tests: what {@link #register} sends with every page and asset. */
  String pagePolicy() {
    return pagePolicy;
  }

  private void asset(RoutingContext rc) {
    String path = rc.normalizedPath();
    StaticFile file = assets.get(path.substring(WEB.length()));
    if (file == null) {
      HttpProblems.send(rc, ProblemType.NOT_FOUND, "No such file of the web pages: " + path);
      return;
    }
    send(rc, file, pagePolicy);
  }

  /**
   * A reservation's check-in as a QR code ({@code ?reservation=<id>&code=<code>}), which opens the
   * console's check-in page. The access log masks the {@code code} parameter.
   */
  private void checkInCode(RoutingContext rc) {
    String reservation = rc.request().getParam("reservation");
    String code = rc.request().getParam("code");
    CheckInQr.link(consoleUrl, reservation, code)
        .ifPresentOrElse(
            link ->
                rc.response()
                    .putHeader("Content-Type", "image/svg+xml")
                    .putHeader("Content-Security-Policy", "default-src 'none'")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Cache-Control", "private, max-age=86400")
                    .end(CheckInQr.svg(link)),
            () ->
                HttpProblems.send(
                    rc,
                    ProblemType.VALIDATION,
                    "reservation must be a reservation id and code its 6-character check-in code"));
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

  /**
   * The pages' policy: their own scripts and styles only (no inline script), connections to the
   * gateway and the realm (the sign-in's token requests), images from the gateway and the map's
   * tile server, forms submitted to the gateway.
   */
  static String pagePolicy(String realmOrigin, String tileOrigin) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
        + tileOrigin
        + "; connect-src 'self' "
        + realmOrigin
        + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  /** The version of a webjar on the class path, which names its folder. */
  static String webjarVersion(String group, String artifact) {
    Properties properties = new Properties();
    try {
      properties.load(
          new StringReader(
              StaticFile.text("META-INF/maven/" + group + "/" + artifact + "/pom.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /** The version of the Swagger UI jar on the class path. */
  static String swaggerUiVersion() {
    return webjarVersion("org.webjars", "swagger-ui");
  }
}
