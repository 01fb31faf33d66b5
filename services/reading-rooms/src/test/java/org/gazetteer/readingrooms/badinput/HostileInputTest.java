package org.gazetteer.readingrooms.badinput;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.WorstCase;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The worst case for each pattern on reading-room body fields at the largest size the 1 MB body
 * limit admits (a 400 in linear time; the timeout only guards against a hang), and control
 * characters in the path and query.
 */
@QuarkusTest
@PostgresTest
class HostileInputTest {

  static Stream<Arguments> roomFields() {
    return Stream.of(
        Arguments.of("code", WorstCase.atBodyLimit("a", 'a', "!")),
        Arguments.of("division", WorstCase.atBodyLimit("5", '1', "x")),
        Arguments.of("openingHours[0].opens", WorstCase.atBodyLimit("", '1', "x")),
        Arguments.of("closures[0].from", WorstCase.atBodyLimit("", '1', "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roomFields")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theWorstCaseForEachRoomPatternIsAQuick400(String field, String value) {
    Map<String, Object> body = ReadingRoomsFixtures.room(ReadingRoomsFixtures.newCode(), 5);
    Map<String, Object> hours = new HashMap<>(ReadingRoomsFixtures.hours("09:00", "17:00", "MON"));
    Map<String, Object> closure = new HashMap<>(Map.of("from", "2027-02-05", "to", "2027-02-11"));
    switch (field) {
      case "openingHours[0].opens" -> hours.put("opens", value);
      case "closures[0].from" -> closure.put("from", value);
      default -> body.put(field, value);
    }
    body.put("openingHours", List.of(hours));
    body.put("closures", List.of(closure));
    ReadingRoomsFixtures.post(STAFF_WUHOU, "/api/reading-rooms", body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"room", "checkIn"})
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theWorstCaseForReservationPatternsIsAQuick400(String which) {
    String value = WorstCase.atBodyLimit("a", 'a', "!");
    if (which.equals("room")) {
      Map<String, Object> body = new HashMap<>(ReadingRoomsFixtures.tomorrow("tst-a01"));
      body.put("room", value);
      ReadingRoomsFixtures.reserve(ReadingRoomsFixtures.newVisitor(), body)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("room"));
    } else {
      given()
          .header("Authorization", STAFF_WUHOU)
          .contentType(ContentType.JSON)
          .body(Map.of("code", value))
          .post("/api/reservations/" + java.util.UUID.randomUUID() + "/check-in")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/reading-rooms?holding=%00",
        "/api/reading-rooms/%00/slots",
        "/api/reading-rooms/wuhou-001%0D",
        "/api/reading-rooms?q=%1B%5B31m"
      })
  void controlCharactersInThePathOrQueryAre400(String path) {
    given()
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"));
  }
}
