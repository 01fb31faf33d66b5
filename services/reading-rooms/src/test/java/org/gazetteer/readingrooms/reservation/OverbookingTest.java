package org.gazetteer.readingrooms.reservation;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.SHANGHAI;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gazetteer.common.testing.Crowd;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Capacity under concurrency, against real PostgreSQL: many visitors at once never get more seats
 * than the slot has, and concurrent retries of one idempotency key make one reservation.
 */
@QuarkusTest
@PostgresTest
class OverbookingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/api/reservations")
  URI endpoint;

  @Test
  void twoHundredVisitorsForTenSeatsGetExactlyTenConfirmed() throws Exception {
    String room = ReadingRoomsFixtures.createRoom(10);
    String body = JSON.writeValueAsString(tomorrow(room));
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String visitor = TestTokens.bearer("crowd-" + run + "-" + i, null);
      requests.add(Crowd.post(endpoint, visitor, null, body));
    }

    List<HttpResponse<String>> answers = Crowd.send(requests);

    Map<Integer, Long> byStatus =
        answers.stream()
            .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    assertEquals(Map.of(201, 10L, 409, 190L), byStatus);
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 409) {
        assertEquals(
            "application/problem+json",
            answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(answer.body().contains("full"), answer.body());
      }
    }
    given()
        .get("/api/reading-rooms/" + room + "/slots?date=" + LocalDate.now(SHANGHAI).plusDays(1))
        .then()
        .statusCode(200)
        .body("slots.find { it.start == '" + tomorrow(room).get("start") + "' }.free", equalTo(0));
    given()
        .header("Authorization", STAFF_WUHOU)
        .get(
            "/api/reading-rooms/"
                + room
                + "/reservations?limit=100&date="
                + LocalDate.now(SHANGHAI).plusDays(1))
        .then()
        .statusCode(200)
        .body("items", hasSize(10));
  }

  @Test
  void concurrentRetriesOfOneKeyMakeOneReservation() throws Exception {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    String key = UUID.randomUUID().toString();
    String body = JSON.writeValueAsString(tomorrow(room));
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(Crowd.post(endpoint, visitor, key, body));
    }

    List<HttpResponse<String>> answers = Crowd.send(requests);

    Set<Integer> statuses =
        answers.stream().map(HttpResponse::statusCode).collect(Collectors.toSet());
    assertTrue(Set.of(201, 409).containsAll(statuses), statuses::toString);
    Set<Object> ids = new java.util.HashSet<>();
    for (HttpResponse<String> answer : answers) {
      if (answer.statusCode() == 201) {
        ids.add(JSON.readTree(answer.body()).get("id").asText());
      }
    }
    assertEquals(1, ids.size(), "every 201 names the same reservation");
    given()
        .header("Authorization", visitor)
        .get("/api/reservations")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(ids.iterator().next()));
    ReadingRoomsFixtures.reserve(visitor, key, tomorrow(room))
        .then()
        .statusCode(201)
        .body("id", equalTo(ids.iterator().next()));
  }
}
