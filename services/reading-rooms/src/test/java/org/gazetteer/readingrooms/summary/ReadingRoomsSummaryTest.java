package org.gazetteer.readingrooms.summary;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.currentSlot;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** The public summary counts what the register and its check-ins hold now, read anonymously. */
@QuarkusTest
@PostgresTest
class ReadingRoomsSummaryTest {

  /** 冕宁县: a division no other test gives a room. */
  private static final String MIANNING = "513433";

  private static final String[] REGISTER = {"rooms", "seats", "divisions"};

  @Inject AgroalDataSource dataSource;

  @Test
  void anonymousCallersReadEveryCount() {
    JsonPath summary =
        given()
            .get("/api/reading-rooms/summary")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    assertEquals(
        Set.of("rooms", "seats", "divisions", "visitsThisYear"), summary.getMap("").keySet());
    given()
        .get("/api/reading-rooms/tst-a03")
        .then()
        .statusCode(200)
        .body("code", equalTo("tst-a03"));
  }

  @Test
  void activeRoomsCountWithTheirSeatsAndDivisionsClosedOnesDoNot() throws SQLException {
    List<Long> before = counts(REGISTER);
    String first = ReadingRoomsFixtures.createRoom(inMianning(7));
    assertEquals(plus(before, 1, 7, 1), counts(REGISTER));
    String second = ReadingRoomsFixtures.createRoom(inMianning(5));
    assertEquals(plus(before, 2, 12, 1), counts(REGISTER));
    close(second);
    assertEquals(plus(before, 1, 7, 1), counts(REGISTER));
    close(first);
    assertEquals(before, counts(REGISTER));
  }

  @Test
  void aCheckInCountsAsAVisitAReservationAloneDoesNot() {
    String room = ReadingRoomsFixtures.createRoomWithCurrentSlot(3);
    long before = counts("visitsThisYear").get(0);
    JsonPath reservation =
        reserve(newVisitor(), currentSlot(room)).then().statusCode(201).extract().jsonPath();
    reserve(newVisitor(), currentSlot(room)).then().statusCode(201);
    assertEquals(List.of(before), counts("visitsThisYear"));
    post(
            STAFF_WUHOU,
            "/api/reservations/" + reservation.getString("id") + "/check-in",
            Map.of("code", reservation.getString("checkIn.code")))
        .then()
        .statusCode(200);
    assertEquals(List.of(before + 1), counts("visitsThisYear"));
  }

  private static Map<String, Object> inMianning(int seats) {
    Map<String, Object> body = ReadingRoomsFixtures.room(ReadingRoomsFixtures.newCode(), seats);
    body.put("division", MIANNING);
    body.put("location", Map.of("lat", 28.55, "lon", 102.17));
    return body;
  }

  private static List<Long> plus(List<Long> counts, long... deltas) {
    return IntStream.range(0, counts.size()).mapToObj(i -> counts.get(i) + deltas[i]).toList();
  }

  private static List<Long> counts(String... fields) {
    JsonPath summary =
        given().get("/api/reading-rooms/summary").then().statusCode(200).extract().jsonPath();
    return Arrays.stream(fields).map(summary::getLong).toList();
  }

  /** Closes a room the way an admin's maintenance would: the API has no closing yet. */
  private void close(String code) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE reading_room SET status = 'CLOSED' WHERE code = ?")) {
      update.setString(1, code);
      assertEquals(1, update.executeUpdate());
    }
  }
}
