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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.WireMockUpstreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Swagger UI at /docs, from the webjar, and the landing page at /. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class WebPagesTest {

  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");

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
    String html =
        given()
            .when()
            .get("/")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", equalTo(WebPages.PORTAL_POLICY))
            .extract()
            .asString();

    assertTrue(html.startsWith("<!doctype html>\n<html lang=\"zh-Hans\">"), html);
    assertTrue(html.contains("href=\"/docs\""), html);
    assertTrue(html.contains("href=\"/openapi\""), html);
    assertTrue(html.contains("<main id=\"main\">"), html);
    assertTrue(html.contains("<nav aria-label="), html);
    assertTrue(html.contains("<h1>"), html);
    assertTrue(html.contains("<form id=\"search\" role=\"search\""), html);
    assertTrue(html.contains("<label for=\"q\">"), html);
    assertTrue(html.contains("<section lang=\"en\""), html);
    assertTrue(html.indexOf("服务") < html.indexOf("Services"), "Chinese first");
    for (String service : new String[] {"museums", "reading-rooms", "events", "alliance"}) {
      assertTrue(html.contains("<code>" + service + "</code>"), service);
    }
    Matcher scripts = SCRIPT.matcher(html);
    assertTrue(scripts.find(), "the portal's script");
    assertEquals(" type=\"module\" src=\"/portal/portal.js\"", scripts.group(1));
    assertFalse(scripts.find(), "one script, not inline");
    given().when().get("/site.css").then().statusCode(200).contentType("text/css");
  }

  @Test
  void thePortalScriptIsServedUnderThePortalsPolicyAndWritesDataAsTextOnly() {
    String script =
        given()
            .when()
            .get("/portal/portal.js")
            .then()
            .statusCode(200)
            .contentType("text/javascript")
            .header("Content-Security-Policy", equalTo(WebPages.PORTAL_POLICY))
            .extract()
            .asString();
    assertTrue(script.contains("/api/search"), "calls the gateway's search");
    assertFalse(script.contains("innerHTML"), "no markup from data");
    assertFalse(script.contains("eval("), "no eval");
  }

  private static byte[] webjar(String file) throws IOException {
    String resource = WebPages.WEBJAR + WebPages.swaggerUiVersion() + "/" + file;
    try (InputStream in = WebPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
