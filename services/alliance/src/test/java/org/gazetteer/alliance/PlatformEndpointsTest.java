package org.gazetteer.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PlatformContract;
import org.junit.jupiter.api.Test;

/** The platform contract of every service, plus this service's OpenAPI names. */
@QuarkusTest
@AllianceTest
class PlatformEndpointsTest extends PlatformContract {

  PlatformEndpointsTest() {
    super("/api/alliance/members", "/api/alliance/members/atlantis", "/api/alliance/nothing-here");
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
        .body("components.schemas.MemberType.enum", hasItem("UNIVERSITY_BRANCH"));
  }
}
