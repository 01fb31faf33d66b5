package org.gazetteer.museums;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every service offers besides its API: health, metrics, OpenAPI, forwarded URLs. */
@QuarkusTest
@PostgresTest
class PlatformEndpointsTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

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
    given().get("/api/museums").then().statusCode(200);
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
        .body("paths", hasKey("/api/exhibits/{id}"))
        .body(
            "paths.'/api/exhibits'.post.responses.'409'.content",
            hasKey("application/problem+json"))
        .body("components.schemas", hasKey("Problem"));
  }

  @Test
  void locationPointsAtTheForwardingGateway() {
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "gateway.example")
        .contentType(ContentType.JSON)
        .body(MuseumsFixtures.exhibit("转发"))
        .post("/api/exhibits")
        .then()
        .statusCode(201)
        .header("Location", startsWith("https://gateway.example/api/exhibits/"));
  }

  @Test
  void unknownPathIsProblemJson() {
    given()
        .get("/api/museums/chengdu/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void requestIdIsKeptAndEchoed() {
    given()
        .header("X-Request-Id", "abc-123")
        .get("/api/museums/atlantis")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "abc-123")
        .body("requestId", equalTo("abc-123"));
  }
}
