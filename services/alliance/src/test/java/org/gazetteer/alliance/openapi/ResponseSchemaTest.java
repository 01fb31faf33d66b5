package org.gazetteer.alliance.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.ResponseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responses of every GET operation match the schema the service's own OpenAPI document declares
 * for them; most fixture members have no English name.
 */
@QuarkusTest
@PostgresTest
class ResponseSchemaTest {

  @Test
  void everyGetOperationIsChecked() {
    assertEquals(
        Set.of("GET /api/alliance/members", "GET /api/alliance/members/{code}"),
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
}
