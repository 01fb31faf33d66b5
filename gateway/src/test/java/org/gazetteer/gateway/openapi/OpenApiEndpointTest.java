package org.gazetteer.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gazetteer.gateway.OpenApiFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.auth.UnreachableIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} over the four services' real documents. Keycloak is configured (at a closed
 * port, it is not called) so that the sign-in URLs have an issuer of their own to derive from.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(UnreachableIdentityProvider.class)
class OpenApiEndpointTest {

  @Inject NetworkApiDocument document;

  @BeforeEach
  void everyPartFetched() {
    OpenApiDocuments.awaitRefresh(document);
  }

  @Test
  void servesOneValidDocumentOfEveryServiceAsJson() {
    String body =
        given()
            .when()
            .get("/openapi")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asString();
    JsonNode merged = read(new ObjectMapper(), body);

    NetworkDocumentTest.assertValid(merged);
    assertEquals(0, merged.path("x-missing-sources").size());
    assertEquals(0, merged.path("x-stale-sources").size());
    Set<String> expected = new TreeSet<>();
    for (String upstream : OpenApiFixtures.SERVICES) {
      OpenApiFixtures.tree(upstream).path("paths").fieldNames().forEachRemaining(expected::add);
    }
    expected.add("/api/search");
    assertEquals(expected, NetworkDocumentTest.names(merged.path("paths")));
  }

  @Test
  void itsOnlyServerIsThePublicUrl() {
    given()
        .when()
        .get("/openapi")
        .then()
        .body("servers.size()", equalTo(1))
        .body("servers[0].url", equalTo(WireMockUpstreams.PUBLIC_URL));
  }

  @Test
  void signsInWithTheConfiguredRealm() {
    String issuer =
        ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    String flow = "components.securitySchemes.oauth2.flows.authorizationCode.";

    given()
        .when()
        .get("/openapi")
        .then()
        .body(flow + "authorizationUrl", equalTo(issuer + "/protocol/openid-connect/auth"))
        .body(flow + "tokenUrl", equalTo(issuer + "/protocol/openid-connect/token"))
        .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
  }

  @Test
  void servesYamlWhenAcceptedOrAskedFor() {
    String accepted =
        given()
            .accept("application/yaml")
            .when()
            .get("/openapi")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/yaml"))
            .extract()
            .asString();
    String asked =
        given()
            .when()
            .get("/openapi?format=yaml")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/yaml"))
            .extract()
            .asString();
    String json = given().when().get("/openapi").then().extract().asString();

    JsonNode fromYaml = read(new YAMLMapper(), accepted);
    NetworkDocumentTest.assertValid(fromYaml);
    assertEquals(read(new ObjectMapper(), json), fromYaml);
    assertEquals(fromYaml, read(new YAMLMapper(), asked));
  }

  @Test
  void formatWinsOverAccept() {
    given()
        .accept("application/yaml")
        .when()
        .get("/openapi?format=json")
        .then()
        .statusCode(200)
        .contentType("application/json");
    given()
        .accept("text/html,application/xhtml+xml,*/*;q=0.8")
        .when()
        .get("/openapi")
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  @Test
  void anUnknownFormatIsAProblem() {
    given()
        .when()
        .get("/openapi?format=xml")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"));
  }

  @Test
  void describesTheRateLimits() {
    String description = OpenApiDocuments.fetch().path("info").path("description").asText();

    assertTrue(description.contains("**Rate limits.**"), description);
    // the test profile's tiers, read from the rate limiter's configuration
    assertTrue(
        description.contains("signed-in users `user` (1000000 requests per 1 min)"), description);
  }

  private static JsonNode read(ObjectMapper mapper, String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not parseable: " + text.substring(0, 200), e);
    }
  }
}
