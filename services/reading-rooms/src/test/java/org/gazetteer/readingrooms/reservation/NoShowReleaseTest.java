package org.gazetteer.readingrooms.reservation;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.currentSlot;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.gazetteer.readingrooms.config.ReservationsConfig;
import org.junit.jupiter.api.Test;

/**
 * The no-show release, run here at a chosen time (the schedule is off in tests): seats of visitors
 * who did not come are given to others at once; checked-in and future visitors keep theirs.
 */
@QuarkusTest
@PostgresTest
class NoShowReleaseTest {

  @Inject NoShowRelease release;
  @Inject ReservationsConfig config;

  /** Runs the release as if it were {@code grace} plus a minute after now. */
  private void releaseAfterTheGracePeriod() throws Throwable {
    Instant later = Instant.now().plus(config.noShowGrace()).plus(Duration.ofMinutes(1));
    VertxContextSupport.subscribeAndAwait(() -> release.release(later));
  }

  private static JsonPath reservation(String token, String id) {
    return given()
        .header("Authorization", token)
        .get("/api/reservations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aNoShowSeatGoesToSomeoneElseAtOnce() throws Throwable {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(1);
    String absent = newVisitor();
    String id = reserve(absent, currentSlot(room)).then().statusCode(201).extract().path("id");
    reserve(newVisitor(), currentSlot(room)).then().statusCode(409);

    releaseAfterTheGracePeriod();

    JsonPath released = reservation(absent, id);
    org.junit.jupiter.api.Assertions.assertEquals("NO_SHOW", released.getString("status"));
    org.junit.jupiter.api.Assertions.assertNotNull(released.getString("releasedAt"));
    given()
        .get("/api/reading-rooms/" + room + "/slots")
        .then()
        .statusCode(200)
        .body("slots[0].free", equalTo(1));
    reserve(newVisitor(), currentSlot(room)).then().statusCode(201);
  }

  @Test
  void checkedInAndFutureReservationsAreKept() throws Throwable {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(3);
    JsonPath present =
        reserve(newVisitor(), currentSlot(room)).then().statusCode(201).extract().jsonPath();
    post(
            STAFF_WUHOU,
            "/api/reservations/" + present.getString("id") + "/check-in",
            Map.of("code", present.getString("checkIn.code")))
        .then()
        .statusCode(200);
    String future = ReadingRoomsFixtures.createRoom(3);
    String visitor = newVisitor();
    String later = reserve(visitor, tomorrow(future)).then().statusCode(201).extract().path("id");

    releaseAfterTheGracePeriod();

    given()
        .header("Authorization", STAFF_WUHOU)
        .get("/api/reservations/" + present.getString("id"))
        .then()
        .body("status", equalTo("CHECKED_IN"))
        .body("checkedInAt", notNullValue());
    given()
        .header("Authorization", visitor)
        .get("/api/reservations/" + later)
        .then()
        .body("status", equalTo("CONFIRMED"));
  }

  @Test
  void aReleasedSeatCannotBeCheckedIn() throws Throwable {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(2);
    JsonPath late =
        reserve(newVisitor(), currentSlot(room)).then().statusCode(201).extract().jsonPath();
    releaseAfterTheGracePeriod();
    post(
            STAFF_WUHOU,
            "/api/reservations/" + late.getString("id") + "/check-in",
            Map.of("code", late.getString("checkIn.code")))
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("released"));
  }
}
