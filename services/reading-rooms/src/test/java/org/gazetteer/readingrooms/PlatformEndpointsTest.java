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
        .body("components.schemas.HostType.enum", hasItem("MILITARY_CAMP"))
        .body("paths.'/api/reading-rooms'.post.operationId", equalTo("createReadingRoom"))
        .body("paths.'/api/reading-rooms/{code}'.put.operationId", equalTo("updateReadingRoom"))
        .body(
            "paths.'/api/reading-rooms/{code}/slots'.get.operationId", equalTo("readingRoomSlots"))
        .body(
            "paths.'/api/reading-rooms/{code}/holdings'.post.operationId", equalTo("createHolding"))
        .body(
            "paths.'/api/reading-rooms/{code}/reservations'.get.operationId",
            equalTo("roomReservationsOfDay"))
        .body(
            "paths.'/api/reading-rooms/{code}/stats'.get.operationId", equalTo("readingRoomStats"))
        .body("paths.'/api/reservations'.post.operationId", equalTo("reserveSeat"))
        .body(
            "paths.'/api/reservations'.post.responses.'409'.content",
            hasKey("application/problem+json"))
        .body(
            "paths.'/api/reservations'.post.responses.'201'.content.'application/json'.schema.$ref",
            equalTo("#/components/schemas/Reservation"))
        .body(
            "paths.'/api/reservations/{id}/check-in'.post.operationId",
            equalTo("checkInReservation"))
        .body(
            "paths.'/api/reservations/{id}/cancel'.post.operationId", equalTo("cancelReservation"));
  }
}
