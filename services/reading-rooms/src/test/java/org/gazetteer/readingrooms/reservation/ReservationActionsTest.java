package org.gazetteer.readingrooms.reservation;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.SHANGHAI;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_JINNIU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.currentSlot;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** Cancel, check-in, the desk's list of the day and the daily statistics. */
@QuarkusTest
@PostgresTest
class ReservationActionsTest {

  private static final LocalDate TOMORROW = LocalDate.now(SHANGHAI).plusDays(1);

  private static JsonPath reserved(String visitor, Map<String, Object> slot) {
    return reserve(visitor, slot).then().statusCode(201).extract().jsonPath();
  }

  private static String checkIn(String id) {
    return "/api/reservations/" + id + "/check-in";
  }

  @Test
  void visitorCancelsBeforeTheSlotAndTheSeatIsFreeAgain() {
    String room = ReadingRoomsFixtures.createRoom(1);
    String visitor = newVisitor();
    String id = reserved(visitor, tomorrow(room)).getString("id");
    post(newVisitor(), "/api/reservations/" + id + "/cancel", Map.of()).then().statusCode(404);
    post(STAFF_WUHOU, "/api/reservations/" + id + "/cancel", Map.of()).then().statusCode(403);
    post(visitor, "/api/reservations/" + id + "/cancel", Map.of("reason", "Plans changed"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .header("ETag", "\"1\"");
    post(visitor, "/api/reservations/" + id + "/cancel", Map.of()).then().statusCode(409);
    reserve(newVisitor(), tomorrow(room)).then().statusCode(201);
  }

  @Test
  void cancellingAfterTheSlotStartedIs409() {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(3);
    String visitor = newVisitor();
    String id = reserved(visitor, currentSlot(room)).getString("id");
    post(visitor, "/api/reservations/" + id + "/cancel", Map.of())
        .then()
        .statusCode(409)
        .body("detail", containsString("started"));
  }

  @Test
  void staffCheckTheVisitorInWithTheCode() {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(3);
    JsonPath reservation = reserved(newVisitor(), currentSlot(room));
    String id = reservation.getString("id");
    String code = reservation.getString("checkIn.code");
    post(STAFF_WUHOU, checkIn(id), Map.of("code", "ZZZZZZ"))
        .then()
        .statusCode(409)
        .body("detail", containsString("does not match"));
    post(STAFF_JINNIU, checkIn(id), Map.of("code", code)).then().statusCode(403);
    post(STAFF_WUHOU, checkIn(id), Map.of("code", code.toLowerCase()))
        .then()
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"))
        .body("checkIn", nullValue());
    post(STAFF_WUHOU, checkIn(id), Map.of("code", code))
        .then()
        .statusCode(409)
        .body("detail", containsString("already"));
  }

  @Test
  void theQrUrlChecksInWithoutABody() {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(3);
    String url = reserved(newVisitor(), currentSlot(room)).getString("checkIn.url");
    given()
        .header("Authorization", STAFF_WUHOU)
        .post(url.substring(url.indexOf("/api/")))
        .then()
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"));
  }

  @Test
  void checkInBeforeTheWindowOpensIs409AndVisitorsCannotCheckIn() {
    String room = ReadingRoomsFixtures.createRoom(3);
    String visitor = newVisitor();
    JsonPath reservation = reserved(visitor, tomorrow(room));
    String id = reservation.getString("id");
    String code = reservation.getString("checkIn.code");
    post(STAFF_WUHOU, checkIn(id), Map.of("code", code))
        .then()
        .statusCode(409)
        .body("detail", containsString("opens"));
    post(visitor, checkIn(id), Map.of("code", code)).then().statusCode(403);
    post(STAFF_WUHOU, checkIn(id), Map.of("code", "12")).then().statusCode(400);
  }

  @Test
  void staffListTheDayWithoutCodes() {
    String room = ReadingRoomsFixtures.createRoom(3);
    String id = reserved(newVisitor(), tomorrow(room)).getString("id");
    String path = "/api/reading-rooms/" + room + "/reservations?date=" + TOMORROW;
    given()
        .header("Authorization", STAFF_WUHOU)
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items[0]", org.hamcrest.Matchers.hasKey("checkIn"))
        .body("items[0].checkIn", nullValue());
    given().header("Authorization", STAFF_JINNIU).get(path).then().statusCode(403);
    given().header("Authorization", newVisitor()).get(path).then().statusCode(403);
    given().header("Authorization", ADMIN).get(path).then().statusCode(200);
    given()
        .header("Authorization", STAFF_WUHOU)
        .get("/api/reservations/" + id)
        .then()
        .statusCode(200)
        .body("visitor", containsString("visitor-"));
  }

  @Test
  void dailyStatisticsCountReservationsCancellationsCheckInsAndNoShows() {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(5);
    LocalDate today = LocalDate.now(SHANGHAI);
    JsonPath checkedIn = reserved(newVisitor(), currentSlot(room));
    reserved(newVisitor(), currentSlot(room));
    post(
            STAFF_WUHOU,
            checkIn(checkedIn.getString("id")),
            Map.of("code", checkedIn.getString("checkIn.code")))
        .then()
        .statusCode(200);
    String path =
        "/api/reading-rooms/" + room + "/stats?from=" + today.minusDays(1) + "&to=" + today;
    given()
        .header("Authorization", STAFF_WUHOU)
        .get(path)
        .then()
        .statusCode(200)
        .body("days.size()", equalTo(2))
        .body("days[0].reservations", equalTo(0))
        .body("days[1].date", equalTo(today.toString()))
        .body("days[1].reservations", equalTo(2))
        .body("days[1].checkedIn", equalTo(1))
        .body("days[1].noShows", equalTo(0));
    given().header("Authorization", STAFF_JINNIU).get(path).then().statusCode(403);
    given().get(path).then().statusCode(401);
    given()
        .header("Authorization", ADMIN)
        .get("/api/reading-rooms/" + room + "/stats?from=2026-01-01&to=2027-06-01")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
  }
}
