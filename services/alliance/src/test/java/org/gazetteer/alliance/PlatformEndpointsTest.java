package org.gazetteer.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** What every service offers besides its API: health, metrics, OpenAPI, problem+json, ids. */
@QuarkusTest
@PostgresTest
class PlatformEndpointsTest {

  @Test
  void readinessIsUpWithTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
  }

  @Test
  void metricsArePrometheusText() {
    given().get("/api/alliance/members").then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void openApiDocumentsEndpointsAndProblemResponses() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Gazetteer alliance API"))
        .body("paths.'/api/alliance/members'.get.operationId", equalTo("listAllianceMembers"))
        .body("paths.'/api/alliance/members/{code}'.get.operationId", equalTo("getAllianceMember"))
        .body(
            "paths.'/api/alliance/members/{code}'.get.responses.'404'.content",
            hasKey("application/problem+json"))
        .body("components.schemas.MemberType.enum", hasItem("UNIVERSITY_BRANCH"))
        .body("components.schemas", hasKey("Problem"));
  }

  @Test
  void unknownPathIsProblemJson() {
    given()
        .get("/api/alliance/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void requestIdIsKeptAndEchoed() {
    given()
        .header("X-Request-Id", "abc-123")
        .get("/api/alliance/members/atlantis")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "abc-123")
        .body("requestId", equalTo("abc-123"));
  }
}
