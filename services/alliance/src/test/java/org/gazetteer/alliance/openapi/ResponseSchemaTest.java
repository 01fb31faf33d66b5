package org.gazetteer.alliance.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.ResponseSchemas;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responses of every GET operation match the schema the service's own OpenAPI document declares
 * for them; most fixture members have no English name.
 */
@QuarkusTest
@AllianceTest
class ResponseSchemaTest {

  @Test
  void everyGetOperationIsChecked() {
    assertEquals(
        Set.of(
            "GET /api/alliance/members",
            "GET /api/alliance/members/{code}",
            "GET /api/alliance/members/{code}/history",
            "GET /api/alliance/resources",
            "GET /api/alliance/resources/{id}"),
        ResponseSchemas.fetch().getOperations());
  }

  @ParameterizedTest
  @ValueSource(strings = {"?limit=100", "?limit=1", "?status=APPLIED&limit=100"})
  void theListMatchesItsSchema(String query) {
    ResponseSchemas.fetch()
        .assertMatches(
            "/api/alliance/members",
            200,
            given().header("Authorization", ADMIN).get("/api/alliance/members" + query));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tst-branch", "tst-museum"})
  void aMemberMatchesItsSchema(String code) {
    ResponseSchemas.fetch()
        .assertMatches(
            "/api/alliance/members/{code}", 200, given().get("/api/alliance/members/" + code));
  }

  @Test
  void anApplicationAndItsHistoryMatchTheirSchemas() {
    String token = TestTokens.bearer("member.schema", "inst-schema", "alliance-member");
    given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", Map.of("zh", "模式检查图书馆"),
                "type", "LIBRARY",
                "division", "510104",
                "statement", "模式检查"))
        .post("/api/alliance/members")
        .then()
        .statusCode(201);
    ResponseSchemas schemas = ResponseSchemas.fetch();
    schemas.assertMatches(
        "/api/alliance/members/{code}",
        200,
        given().header("Authorization", token).get("/api/alliance/members/inst-schema"));
    String resource =
        given()
            .header(
                "Authorization",
                TestTokens.bearer("member.tst-museum", "tst-museum", "alliance-member"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind", "EXPERT",
                    "title", Map.of("zh", "模式检查专家"),
                    "scope", "PUBLIC",
                    "delivery", "SERVICE"))
            .post("/api/alliance/resources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    schemas.assertMatches("/api/alliance/resources", 200, given().get("/api/alliance/resources"));
    schemas.assertMatches(
        "/api/alliance/resources/{id}", 200, given().get("/api/alliance/resources/" + resource));
    schemas.assertMatches(
        "/api/alliance/members/{code}/history",
        200,
        given().header("Authorization", token).get("/api/alliance/members/inst-schema/history"));
  }
}
