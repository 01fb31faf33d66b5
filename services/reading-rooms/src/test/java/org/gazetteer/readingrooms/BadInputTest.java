package org.gazetteer.readingrooms;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newCode;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.room;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind the issue names gets a clear 400 problem naming the field or parameter
 * (docs/api-conventions.md), never a 500.
 */
@QuarkusTest
@PostgresTest
class BadInputTest {

  private static void is400On(Response response, String field) {
    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors[0].field", equalTo(field));
  }

  private static Response list(String name, String value) {
    return given().queryParam(name, value).get("/api/reading-rooms");
  }

  @Test
  void invalidCoordinatesAre400() {
    for (String near : List.of("91,104", "30,181", "-90.5,0", "abc", "30.6", "30.6;104.0", "30,")) {
      is400On(list("near", near), "near");
    }
  }

  @Test
  void radiusOutOfRangeIs400() {
    for (String radius : List.of("0", "-5", "500.5", "1e9", "NaN", "far")) {
      is400On(
          given()
              .queryParam("near", "30.6,104.0")
              .queryParam("radiusKm", radius)
              .get("/api/reading-rooms"),
          "radiusKm");
    }
    is400On(list("radiusKm", "5"), "radiusKm");
  }

  @Test
  void unknownDivisionCodesAre400() {
    for (String division : List.of("519900", "510199", "810199")) {
      list("division", division)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("division"))
          .body("errors[0].message", containsString("not a known division"));
    }
    Map<String, Object> body = room(newCode(), 5);
    body.put("division", "510199");
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "division");
  }

  @Test
  void timesWithoutOffsetsAre400() {
    list("openAt", "2026-12-01T10:00:00")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("openAt"))
        .body("errors[0].message", containsString("offset"));
    is400On(list("openAt", "next tuesday"), "openAt");
    is400On(list("openNow", "yes"), "openNow");
    is400On(
        given()
            .queryParam("openNow", "true")
            .queryParam("openAt", "2026-12-01T10:00:00+08:00")
            .get("/api/reading-rooms"),
        "openNow");
    String room = ReadingRoomsFixtures.createRoom(5);
    Map<String, Object> body = new HashMap<>(tomorrow(room));
    body.put("start", "2030-01-09T10:00:00");
    is400On(reserve(newVisitor(), body), "start");
  }

  @Test
  void aReservationEndingBeforeItStartsIs400() {
    String room = ReadingRoomsFixtures.createRoom(5);
    Map<String, Object> body = new HashMap<>(tomorrow(room));
    body.put("end", body.get("start"));
    is400On(reserve(newVisitor(), body), "end");
  }

  @Test
  void malformedIdempotencyKeysAre400() {
    String room = ReadingRoomsFixtures.createRoom(5);
    for (String key : List.of("short", "has space in it", "ümlaut-key-1", "x".repeat(65))) {
      is400On(ReadingRoomsFixtures.reserve(newVisitor(), key, tomorrow(room)), "Idempotency-Key");
    }
  }

  @Test
  void negativeOrZeroSeatsAre400() {
    for (int seats : new int[] {-1, 0}) {
      is400On(post(STAFF_WUHOU, "/api/reading-rooms", room(newCode(), seats)), "seats");
    }
  }

  @Test
  void invalidHoursAndClosuresAre400() {
    Map<String, Object> body = room(newCode(), 5);
    body.put("openingHours", List.of(ReadingRoomsFixtures.hours("17:00", "09:00", "MON")));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "openingHours[0].closingAfterOpening");
    body.put(
        "openingHours",
        List.of(
            ReadingRoomsFixtures.hours("09:00", "12:00", "MON"),
            ReadingRoomsFixtures.hours("11:00", "17:00", "MON", "TUE")));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "openingHours");
    body.put("openingHours", List.of(ReadingRoomsFixtures.hours("9am", "17:00", "MON")));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "openingHours[0].opens");
    body.put("openingHours", List.of());
    body.put("closures", List.of(Map.of("from", "2027-02-30", "to", "2027-03-01")));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "closures[0].validRange");
  }

  @Test
  void listsLongerThanTheSchemaStatesAre400() {
    Map<String, Object> body = room(newCode(), 5);
    body.put("facilities", Collections.nCopies(21, "WIFI"));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "facilities");
    body.put("facilities", List.of("WIFI"));
    body.put(
        "openingHours",
        List.of(
            ReadingRoomsFixtures.hours(
                "09:00", "17:00", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "MON")));
    is400On(post(STAFF_WUHOU, "/api/reading-rooms", body), "openingHours[0].days");
  }

  @Test
  void badDatesAndHoldingTitlesAre400() {
    String room = ReadingRoomsFixtures.createRoom(5);
    is400On(given().get("/api/reading-rooms/" + room + "/slots?date=tomorrow"), "date");
    is400On(list("holding", "《》"), "holding");
    is400On(list("cursor", "bm90LWEtY3Vyc29y"), "cursor");
  }
}
