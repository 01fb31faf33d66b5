package org.gazetteer.readingrooms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PlatformContract;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** The platform contract of every service, plus this service's OpenAPI names. */
@QuarkusTest
@PostgresTest
class PlatformEndpointsTest extends PlatformContract {

  PlatformEndpointsTest() {
    super(
        "/api/reading-rooms",
        "/api/reading-rooms/atlantis",
        "/api/reading-rooms/tst-a01/nothing-here");
  }

  @Test
  void openApiDocumentsEndpointsAndProblemResponses() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Gazetteer reading rooms API"))
        .body("paths.'/api/reading-rooms'.get.operationId", equalTo("listReadingRooms"))
        .body("paths.'/api/reading-rooms/{code}'.get.operationId", equalTo("getReadingRoom"))
        .body(
            "paths.'/api/reading-rooms/{code}'.get.responses.'404'.content",
            hasKey("application/problem+json"))
        .body("components.schemas.HostType.enum", hasItem("MILITARY_CAMP"));
  }
}
