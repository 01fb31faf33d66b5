package org.gazetteer.readingrooms.access;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.SHANGHAI;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_JINNIU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read of a room's internal data (its desk list, statistics and a visitor's reservation) ×
 * (the room's staff, a login of the same institution without the staff role, staff of another
 * institution, anonymous, an admin).
 */
@QuarkusTest
@PostgresTest
class InternalReadsTest {

  static final String CURATOR_WUHOU = TestTokens.bearer("curator.wuhou", "wuhou", "curator");

  private static String room;
  private static String reservation;

  static synchronized String resolve(String path) {
    if (room == null) {
      room = ReadingRoomsFixtures.createRoom(2);
      reservation =
          ReadingRoomsFixtures.reserve(
                  ReadingRoomsFixtures.newVisitor(), ReadingRoomsFixtures.tomorrow(room))
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    return path.replace("{room}", room).replace("{reservation}", reservation);
  }

  static Stream<Arguments> reads() {
    String desk =
        "/api/reading-rooms/{room}/reservations?date=" + LocalDate.now(SHANGHAI).plusDays(1);
    String stats = "/api/reading-rooms/{room}/stats";
    String one = "/api/reservations/{reservation}";
    return Stream.of(
        Arguments.of(desk, STAFF_WUHOU, 200, true),
        Arguments.of(desk, CURATOR_WUHOU, 403, false),
        Arguments.of(desk, STAFF_JINNIU, 403, false),
        Arguments.of(desk, null, 401, false),
        Arguments.of(desk, ADMIN, 200, true),
        Arguments.of(stats, STAFF_WUHOU, 200, false),
        Arguments.of(stats, CURATOR_WUHOU, 403, false),
        Arguments.of(stats, STAFF_JINNIU, 403, false),
        Arguments.of(stats, null, 401, false),
        Arguments.of(stats, ADMIN, 200, false),
        Arguments.of(one, STAFF_WUHOU, 200, true),
        Arguments.of(one, CURATOR_WUHOU, 404, false),
        Arguments.of(one, STAFF_JINNIU, 404, false),
        Arguments.of(one, null, 401, false),
        Arguments.of(one, ADMIN, 200, true));
  }

  @ParameterizedTest(name = "{0} [{index}] → {2}")
  @MethodSource("reads")
  void internalReadsNeedTheStaffRoleAndTheInstitution(
      String path, String token, int status, boolean showsReservation) {
    RequestSpecification request = given();
    if (token != null) {
      request.header("Authorization", token);
    }
    String resolved = resolve(path);
    String body = request.get(resolved).then().statusCode(status).extract().asString();
    assertEquals(showsReservation, body.contains(reservation), body);
    if (status >= 400) {
      request.get(resolved).then().contentType("application/problem+json");
    }
  }
}
