package org.gazetteer.readingrooms.reservation;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.SHANGHAI;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.room;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.slotOn;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** Which reservations are accepted, and the 409/422 problems that explain a refusal. */
@QuarkusTest
@PostgresTest
class ReservationRulesTest {

  private static final LocalDate TOMORROW = LocalDate.now(SHANGHAI).plusDays(1);

  private static void conflict(Response response, String why) {
    response
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/conflict"))
        .body("detail", containsString(why));
  }

  @Test
  void visitorReservesASlotAndGetsACheckInCode() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    String location =
        reserve(visitor, tomorrow(room))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("status", equalTo("CONFIRMED"))
            .body("room", equalTo(room))
            .body("start", equalTo(tomorrow(room).get("start")))
            .body("checkIn.code", matchesPattern("[2-9A-HJ-NP-Z]{6}"))
            .body("checkIn.url", containsString("/check-in?code="))
            .extract()
            .header("Location");
    given()
        .header("Authorization", visitor)
        .get(location)
        .then()
        .statusCode(200)
        .body("checkIn.code", notNullValue());
    given().header("Authorization", newVisitor()).get(location).then().statusCode(404);
    given()
        .get("/api/reading-rooms/" + room + "/slots?date=" + TOMORROW)
        .then()
        .statusCode(200)
        .body("slots.find { it.start == '" + tomorrow(room).get("start") + "' }.free", equalTo(4));
  }

  @Test
  void anonymousReservationIs401() {
    given()
        .contentType("application/json")
        .body(tomorrow("wuhou-001"))
        .post("/api/reservations")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void unknownRoomIs422() {
    reserve(newVisitor(), tomorrow("atlantis"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("atlantis"));
  }

  @Test
  void closedRoomIs422() {
    reserve(newVisitor(), tomorrow("tst-b02")).then().statusCode(422);
  }

  @Test
  void aTimeThatIsNotASlotIs409NamingTheSlots() {
    String room = ReadingRoomsFixtures.createRoom(5);
    conflict(reserve(newVisitor(), slotOn(room, TOMORROW, LocalTime.of(9, 0), 120)), "10:00–12:00");
    conflict(reserve(newVisitor(), slotOn(room, TOMORROW, LocalTime.of(10, 0), 60)), "Not one of");
  }

  @Test
  void aSlotThatIsOverIs409() {
    String room = ReadingRoomsFixtures.createRoom(5);
    conflict(
        reserve(newVisitor(), slotOn(room, TOMORROW.minusDays(2), LocalTime.of(10, 0), 120)),
        "over");
  }

  @Test
  void aSlotOnAClosureIs409() {
    Map<String, Object> body = room(ReadingRoomsFixtures.newCode(), 5);
    body.put(
        "closures",
        List.of(
            Map.of(
                "from", TOMORROW.toString(),
                "to", TOMORROW.toString(),
                "reason", Map.of("zh", "设备检修"))));
    String room = ReadingRoomsFixtures.createRoom(body);
    conflict(reserve(newVisitor(), tomorrow(room)), "设备检修");
    given()
        .get("/api/reading-rooms/" + room + "/slots?date=" + TOMORROW)
        .then()
        .statusCode(200)
        .body("closed", equalTo(true))
        .body("closure.zh", equalTo("设备检修"));
  }

  @Test
  void aSlotTooFarAheadIs409() {
    String room = ReadingRoomsFixtures.createRoom(5);
    conflict(
        reserve(newVisitor(), slotOn(room, TOMORROW.plusDays(90), LocalTime.of(10, 0), 120)),
        "days ahead");
  }

  @Test
  void aFullSlotIs409() {
    String room = ReadingRoomsFixtures.createRoom(1);
    reserve(newVisitor(), tomorrow(room)).then().statusCode(201);
    conflict(reserve(newVisitor(), tomorrow(room)), "full");
  }

  @Test
  void oneSeatPerVisitorAtATime() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String other = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    reserve(visitor, tomorrow(room)).then().statusCode(201);
    conflict(reserve(visitor, tomorrow(room)), "already hold a seat");
    conflict(reserve(visitor, tomorrow(other)), "already hold a seat");
  }

  @Test
  void aVisitorHoldsAtMostTwoActiveReservations() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    reserve(visitor, slotOn(room, TOMORROW, LocalTime.of(8, 0), 120)).then().statusCode(201);
    reserve(visitor, slotOn(room, TOMORROW, LocalTime.of(12, 0), 120)).then().statusCode(201);
    conflict(reserve(visitor, slotOn(room, TOMORROW, LocalTime.of(16, 0), 120)), "cancel one");
  }

  @Test
  void theVisitorListsTheirOwnReservations() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    reserve(visitor, slotOn(room, TOMORROW, LocalTime.of(8, 0), 120)).then().statusCode(201);
    reserve(visitor, slotOn(room, TOMORROW, LocalTime.of(12, 0), 120)).then().statusCode(201);
    given()
        .header("Authorization", visitor)
        .get("/api/reservations?limit=1")
        .then()
        .statusCode(200)
        .body(
            "items[0].start",
            equalTo(slotOn(room, TOMORROW, LocalTime.of(12, 0), 120).get("start")))
        .header("Link", containsString("cursor="));
  }
}
