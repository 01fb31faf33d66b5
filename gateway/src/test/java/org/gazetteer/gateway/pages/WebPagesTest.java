package org.gazetteer.gateway.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.WireMockUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Swagger UI at /docs, from the webjar, and the portal's and the console's pages. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class WebPagesTest {

  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");
  private static final Pattern SRC = Pattern.compile(" src=\"([^\"]+)\"");

  @ParameterizedTest
  @ValueSource(strings = {"/docs", "/docs/", "/docs/index.html"})
  void servesSwaggerUiWithoutInlineScript(String path) {
    String html =
        given()
            .when()
            .get(path)
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();

    assertTrue(html.contains("<div id=\"swagger-ui\"") || html.contains("id=\"swagger-ui\""));
    assertTrue(html.contains("src=\"/docs/swagger-ui-bundle.js\""), html);
    assertTrue(html.contains("src=\"/docs/docs.js\""), html);
    assertTrue(html.contains("<html lang=\"zh-Hans\">"), html);
    Matcher scripts = SCRIPT.matcher(html);
    int count = 0;
    while (scripts.find()) {
      count++;
      assertTrue(scripts.group(1).contains("src="), "inline script in " + path);
    }
    assertEquals(2, count);
  }

  @Test
  void theDocsPageHasAPolicyThatLetsSwaggerUiWorkAndNoInlineScript() {
    String policy =
        given()
            .when()
            .get("/docs")
            .then()
            .header("X-Content-Type-Options", "nosniff")
            .header("Referrer-Policy", "no-referrer")
            .extract()
            .header("Content-Security-Policy");

    assertTrue(policy.contains("default-src 'none'"), policy);
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), policy);
    assertTrue(policy.contains("img-src 'self' data:"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    // the document, tried requests (also at the public URL) and the realm's token endpoint
    assertTrue(
        policy.contains(
            "connect-src 'self' " + WireMockUpstreams.PUBLIC_URL + " http://localhost:8180;"),
        policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "swagger-ui-bundle.js",
        "swagger-ui.css",
        "oauth2-redirect.html",
        "oauth2-redirect.js",
        "favicon-32x32.png"
      })
  void servesSwaggerUisFilesFromTheWebjar(String file) throws IOException {
    Response response = given().when().get("/docs/" + file);

    assertEquals(200, response.statusCode());
    assertTrue(response.header("Content-Security-Policy").contains("script-src 'self';"));
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
    assertArrayEquals(webjar(file), response.asByteArray(), file);
  }

  @Test
  void theRedirectPageOfTheSignInRunsNoInlineScript() {
    String html = given().when().get("/docs/oauth2-redirect.html").then().extract().asString();

    assertTrue(html.contains("<script src=\"oauth2-redirect.js\"></script>"), html);
  }

  @Test
  void signsInWithTheWebClientAndPkce() {
    given()
        .when()
        .get("/docs/docs.js")
        .then()
        .statusCode(200)
        .contentType("text/javascript")
        .body(
            allOf(
                containsString("url: '/openapi'"),
                containsString("clientId: 'gazetteer-web'"),
                containsString("usePkceWithAuthorizationCodeGrant: true"),
                containsString("'/docs/oauth2-redirect.html'"),
                containsString("validatorUrl: null")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/docs/swagger-initializer.js", "/docs/nothing.js", "/docs/../openapi.json"})
  void servesNoOtherFile(String path) {
    given()
        .when()
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"));
  }

  /** Quarkus would serve the webjar as it is, with an index page that loads a remote document. */
  @Test
  void theWebjarIsNotServedAsItIs() {
    given()
        .when()
        .get("/webjars/swagger-ui/" + WebPages.swaggerUiVersion() + "/index.html")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void answersNotModifiedToItsOwnEntityTag() {
    String etag = given().when().get("/docs/swagger-ui.css").then().extract().header("ETag");

    given().header("If-None-Match", etag).when().get("/docs/swagger-ui.css").then().statusCode(304);
  }

  @Test
  void thePortalLinksTheDocsAndTheDocumentInChineseThenEnglish() {
    String html = page("/");

    assertTrue(html.startsWith("<!doctype html>\n<html lang=\"zh-Hans\">"), html);
    assertTrue(html.contains("href=\"/docs\""), html);
    assertTrue(html.contains("href=\"/openapi\""), html);
    assertTrue(html.contains("<form id=\"search\" role=\"search\""), html);
    assertTrue(html.contains("<label for=\"q\">"), html);
    assertTrue(html.contains("<section lang=\"en\""), html);
    assertTrue(html.indexOf("服务") < html.indexOf("Services"), "Chinese first");
    for (String service : new String[] {"museums", "reading-rooms", "events", "alliance"}) {
      assertTrue(html.contains("<code>" + service + "</code>"), service);
    }
    assertEquals(List.of("/web/search.js"), scripts(html));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyPageIsAccessibleMarkupUnderThePagesPolicyWithItsOwnModuleOnly(String path) {
    String html = page(path);

    assertTrue(html.contains("<main id=\"main\">"), path);
    assertTrue(html.contains("<h1>") || html.contains("<h1 id="), path);
    assertTrue(html.contains("<a class=\"skip\" href=\"#main\">"), path);
    assertTrue(html.contains("<nav class=\"site-nav\" aria-label="), path);
    assertTrue(html.contains("id=\"sign-in\""), path);
    assertTrue(html.contains("id=\"lang-switch\""), path);
    assertTrue(html.contains("<meta name=\"viewport\""), path);
    List<String> scripts = scripts(html);
    assertFalse(scripts.isEmpty(), path);
    for (String script : scripts) {
      given().when().get(script).then().statusCode(200).contentType("text/javascript");
    }
  }

  @Test
  void thePagesPolicyAllowsOwnScriptsTheRealmAndTheTileServerOnly() {
    String policy = given().when().get("/rooms").then().extract().header("Content-Security-Policy");

    assertEquals(
        "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' https://tile.openstreetmap.org;"
            + " connect-src 'self' http://localhost:8180; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'",
        policy);
  }

  @ParameterizedTest
  @MethodSource("assets")
  void thePagesScriptsWriteDataAsTextOnlyAndRunNoCodeFromStrings(String file) {
    String text =
        given()
            .when()
            .get("/web/" + file)
            .then()
            .statusCode(200)
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asString();

    assertFalse(text.contains("innerHTML"), file + ": no markup from data");
    assertFalse(text.contains("insertAdjacentHTML"), file);
    assertFalse(text.contains("eval("), file);
    assertFalse(text.contains("new Function"), file);
    assertFalse(text.contains("localStorage.setItem('gazetteer.token"), file);
  }

  @Test
  void tokensStayInMemoryAndTheFlowIsCodeWithPkceStateAndNonce() {
    String session = given().when().get("/web/session.js").then().extract().asString();

    assertTrue(session.contains("code_challenge_method: 'S256'"), "PKCE S256");
    assertTrue(session.contains("params.get('state') !== flow.state"), "state checked");
    assertTrue(session.contains(".nonce !== flow.nonce"), "nonce checked");
    assertTrue(session.contains("query.set('prompt', 'none')"), "silent sign-in");
    assertFalse(session.contains("localStorage"), "nothing of the session in localStorage");
  }

  @Test
  void theSettingsNameTheRealmThePublicClientAndTheTileServer() {
    given()
        .when()
        .get("/web/config.json")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("clientId", equalTo("gazetteer-web"))
        .body("issuer", equalTo("http://localhost:8180/realms/gazetteer"))
        .body(
            "authorizationUrl",
            equalTo("http://localhost:8180/realms/gazetteer/protocol/openid-connect/auth"))
        .body(
            "tokenUrl",
            equalTo("http://localhost:8180/realms/gazetteer/protocol/openid-connect/token"))
        .body("tiles.url", equalTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
        .body("tiles.attribution", equalTo("© OpenStreetMap contributors"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"leaflet.js", "leaflet.css", "images/marker-icon.png"})
  void servesLeafletFromItsWebjar(String file) throws IOException {
    Response response = given().when().get("/web/leaflet/" + file);

    assertEquals(200, response.statusCode());
    String resource =
        WebPages.LEAFLET + WebPages.webjarVersion("org.webjars.npm", "leaflet") + "/dist/" + file;
    assertArrayEquals(resource(resource), response.asByteArray(), file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/web/nothing.js", "/web/../pages/index.html", "/web/leaflet/README.md"})
  void servesNoOtherWebFile(String path) {
    given()
        .when()
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void drawsACheckInQrCodeThatOpensTheConsolesCheckInPage() {
    String svg =
        given()
            .queryParam("reservation", "6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a")
            .queryParam("code", "K7M2Q9")
            .when()
            .get("/web/check-in.svg")
            .then()
            .statusCode(200)
            .contentType("image/svg+xml")
            .header("Content-Security-Policy", "default-src 'none'")
            .extract()
            .asString();

    assertEquals(
        WireMockUpstreams.PUBLIC_URL
            + "/console#/check-in/6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a/K7M2Q9",
        QrDecoding.decode(svg));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reservation=6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a&code=K7M2Q",
        "reservation=6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a&code=K7M2Q%3C",
        "reservation=1-1-1-1-1&code=K7M2Q9",
        "reservation=not-an-id&code=K7M2Q9",
        "code=K7M2Q9",
        "reservation=6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a"
      })
  void refusesACheckInQrCodeOfAnythingElse(String query) {
    given()
        .when()
        .get("/web/check-in.svg?" + query)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"));
  }

  static Stream<String> pages() {
    return WebPages.PAGES.keySet().stream();
  }

  static Stream<String> assets() {
    return WebPages.ASSETS.stream();
  }

  private static String page(String path) {
    WebPages pages = io.quarkus.arc.Arc.container().instance(WebPages.class).get();
    return given()
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .contentType("text/html")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", equalTo(pages.pagePolicy()))
        .extract()
        .asString();
  }

  /** The pages' scripts: each loaded by src, none inline. */
  private static List<String> scripts(String html) {
    List<String> sources = new ArrayList<>();
    Matcher scripts = SCRIPT.matcher(html);
    while (scripts.find()) {
      Matcher src = SRC.matcher(scripts.group(1));
      assertTrue(src.find(), "an inline script: " + scripts.group());
      sources.add(src.group(1));
    }
    return sources.stream().filter(s -> !s.startsWith("/web/leaflet/")).toList();
  }

  private static byte[] resource(String resource) throws IOException {
    try (InputStream in = WebPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  private static byte[] webjar(String file) throws IOException {
    return resource(WebPages.WEBJAR + WebPages.swaggerUiVersion() + "/" + file);
  }
}
