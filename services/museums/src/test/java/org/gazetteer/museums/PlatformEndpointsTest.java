package org.gazetteer.museums;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gazetteer.common.testing.PlatformContract;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** The platform contract of every service, plus this service's OpenAPI and forwarded URLs. */
@QuarkusTest
@PostgresTest
class PlatformEndpointsTest extends PlatformContract {

  PlatformEndpointsTest() {
    super("/api/museums", "/api/museums/atlantis", "/api/museums/chengdu/nothing-here");
  }

  @Test
  void openApiDocumentsEndpointsAndProblemResponses() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Gazetteer museums API"))
        .body("paths.'/api/exhibits'.post.operationId", equalTo("createExhibit"))
        .body(
            "paths.'/api/exhibits'.post.responses.'409'.content",
            hasKey("application/problem+json"))
        .body("components.schemas.ExhibitCategory.enum", hasItem("ANCIENT_BOOKS"));
  }

  @Test
  void locationPointsAtTheForwardingGateway() {
    MuseumsFixtures.ensureMuseums();
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
}
