package org.gazetteer.alliance.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
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
            "GET /api/alliance/resources/{id}",
            "GET /api/alliance/resources/vocabularies",
            "GET /api/alliance/requests",
            "GET /api/alliance/requests/{id}",
            "GET /api/alliance/stats"),
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

  @Test
  void theVocabulariesMatchTheirSchema() {
    ResponseSchemas.fetch()
        .assertMatches(
            "/api/alliance/resources/vocabularies",
            200,
            given().get("/api/alliance/resources/vocabularies"));
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

  @Test
  void theStatisticsMatchTheirSchemaWithSourcesMissing() {
    ResponseSchemas.fetch()
        .assertMatches(
            "/api/alliance/stats",
            200,
            given().header("Authorization", ADMIN).get("/api/alliance/stats"));
  }

  @Test
  void requestsMatchTheirSchemasFromEitherSide() {
    String lender = TestTokens.bearer("member.tst-museum", "tst-museum", "alliance-member");
    String borrower = TestTokens.bearer("member.tst-archive", "tst-archive", "alliance-member");
    String resource =
        given()
            .header("Authorization", lender)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind", "EXHIBIT_FOR_LOAN",
                    "title", Map.of("zh", "模式检查借展"),
                    "scope", "ALLIANCE",
                    "delivery", "PHYSICAL",
                    "quantity", 1))
            .post("/api/alliance/resources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String day = java.time.LocalDate.now(org.gazetteer.common.time.Clocks.NETWORK_ZONE).toString();
    String id =
        given()
            .header("Authorization", borrower)
            .contentType(ContentType.JSON)
            .body(Map.of("resource", resource, "purpose", "模式检查", "from", day, "to", day))
            .post("/api/alliance/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", lender)
        .contentType(ContentType.JSON)
        .body(Map.of("conditions", List.of(Map.of("kind", "CITATION")), "note", "请注明出处"))
        .post("/api/alliance/requests/" + id + "/offer-conditions")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", borrower)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/alliance/requests/" + id + "/accept-conditions")
        .then()
        .statusCode(200);
    ResponseSchemas schemas = ResponseSchemas.fetch();
    for (String token : List.of(lender, borrower, ADMIN)) {
      schemas.assertMatches(
          "/api/alliance/requests/{id}",
          200,
          given().header("Authorization", token).get("/api/alliance/requests/" + id));
      schemas.assertMatches(
          "/api/alliance/requests",
          200,
          given().header("Authorization", token).get("/api/alliance/requests?limit=100"));
    }
  }
}
