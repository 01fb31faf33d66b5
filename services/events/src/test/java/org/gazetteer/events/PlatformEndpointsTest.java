package org.gazetteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** The platform contract of every service, plus this service's OpenAPI names. */
@QuarkusTest
@EventsTest
class PlatformEndpointsTest extends PlatformContract {

  PlatformEndpointsTest() {
    super(
        "/api/events",
        "/api/events/00000000-0000-7000-8000-0000000000ff",
        "/api/events/00000000-0000-7000-8000-000000000001/nothing-here");
  }

  @Test
  void openApiDocumentsEndpointsAndProblemResponses() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("Gazetteer events API"))
        .body("paths.'/api/events'.get.operationId", equalTo("listEvents"))
        .body("paths.'/api/events/{id}'.get.operationId", equalTo("getEvent"))
        .body(
            "paths.'/api/events/{id}'.get.responses.'404'.content",
            hasKey("application/problem+json"))
        .body("components.schemas.EventKind.enum", hasItem("CAMPUS_PROGRAM"));
  }
}
