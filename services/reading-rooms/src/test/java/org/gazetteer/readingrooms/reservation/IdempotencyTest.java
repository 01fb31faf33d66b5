package org.gazetteer.readingrooms.reservation;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.SHANGHAI;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.slotOn;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on reservations (docs/api-conventions.md), one request at a time. */
@QuarkusTest
@PostgresTest
class IdempotencyTest {

  @Test
  void aRetryGetsTheFirstResponseAndBooksNothingMore() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    String key = UUID.randomUUID().toString();
    var first = reserve(visitor, key, tomorrow(room)).then().statusCode(201).extract();
    reserve(visitor, key, tomorrow(room))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", first.header("Location"))
        .header("ETag", first.header("ETag"))
        .body("id", equalTo(first.path("id")))
        .body("checkIn.code", equalTo(first.path("checkIn.code")));
    given()
        .header("Authorization", visitor)
        .get("/api/reservations")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    String key = UUID.randomUUID().toString();
    reserve(visitor, key, tomorrow(room)).then().statusCode(201);
    Map<String, Object> other =
        slotOn(room, LocalDate.now(SHANGHAI).plusDays(2), LocalTime.of(10, 0), 120);
    reserve(visitor, key, other).then().statusCode(422).contentType("application/problem+json");
  }

  @Test
  void keysBelongToTheirCaller() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String key = UUID.randomUUID().toString();
    String a =
        reserve(newVisitor(), key, tomorrow(room)).then().statusCode(201).extract().path("id");
    String b =
        reserve(newVisitor(), key, tomorrow(room)).then().statusCode(201).extract().path("id");
    org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
  }

  @Test
  void aRefusalIsRepeatedToo() {
    String room = ReadingRoomsFixtures.createRoom(1);
    reserve(newVisitor(), tomorrow(room)).then().statusCode(201);
    String visitor = newVisitor();
    String key = UUID.randomUUID().toString();
    String detail =
        reserve(visitor, key, tomorrow(room)).then().statusCode(409).extract().path("detail");
    var again =
        reserve(visitor, key, tomorrow(room))
            .then()
            .statusCode(409)
            .contentType("application/problem+json")
            .header("Idempotent-Replayed", "true")
            .extract();
    assertEquals(detail, again.path("detail"));
  }
}
