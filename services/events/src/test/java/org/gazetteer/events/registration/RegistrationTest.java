package org.gazetteer.events.registration;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_LESHAN;
import static org.gazetteer.events.EventsFixtures.etag;
import static org.gazetteer.events.EventsFixtures.post;
import static org.gazetteer.events.registration.Registrations.attendees;
import static org.gazetteer.events.registration.Registrations.cancel;
import static org.gazetteer.events.registration.Registrations.person;
import static org.gazetteer.events.registration.Registrations.register;
import static org.gazetteer.events.registration.Registrations.registered;
import static org.gazetteer.events.registration.Registrations.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.events.EventsTest;
import org.gazetteer.events.registration.Registrations.Session;
import org.junit.jupiter.api.Test;

/** Registration of parties, the waitlist and its promotion rule, one request at a time. */
@QuarkusTest
@EventsTest
class RegistrationTest {

  private static String status(String token, String id) {
    return given()
        .header("Authorization", token)
        .get("/api/registrations/" + id)
        .then()
        .extract()
        .path("status");
  }

  @Test
  void aPartyThatFitsIsConfirmedAndOneThatDoesNotWaitsWhole() {
    Session s = session(5);
    String a = person();
    register(a, s, 3)
        .then()
        .statusCode(201)
        .body("status", equalTo("CONFIRMED"))
        .body("position", nullValue())
        .body("party", equalTo(3))
        .body("checkInCode", matchesPattern("[2-9A-HJ-NP-Z]{8}"));
    String b = person();
    register(b, s, 3)
        .then()
        .statusCode(201)
        .body("status", equalTo("WAITLISTED"))
        .body("position", equalTo(1));
    register(person(), s, 2).then().statusCode(201).body("status", equalTo("CONFIRMED"));
    register(person(), s, 1)
        .then()
        .body("status", equalTo("WAITLISTED"))
        .body("position", equalTo(2));
    given().get("/api/events/" + s.event()).then().body("sessions[0].available", equalTo(0));
  }

  @Test
  void aPartyLargerThanTheSessionIs409AndOneAboveTheMaximumIs400() {
    Session s = session(3);
    register(person(), s, 4).then().statusCode(409).contentType("application/problem+json");
    register(person(), s, 6).then().statusCode(400).body("errors.field", hasItem("party"));
    register(person(), s, 0).then().statusCode(400).body("errors.field", hasItem("party"));
    assertEquals(List.of(), attendees(s));
  }

  @Test
  void nobodyHoldsTwoRegistrationsForOneSession() {
    Session s = session(10);
    String a = person();
    registered(a, s, 1);
    register(a, s, 2).then().statusCode(409).contentType("application/problem+json");
    assertEquals(1, attendees(s).size());
  }

  @Test
  void anUnknownDraftOrCancelledSessionTakesNoRegistration() {
    post(
            person(),
            "/api/registrations",
            Map.of("session", UUID.randomUUID().toString(), "party", 1))
        .then()
        .statusCode(422);
    Session s = session(10);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post(s.path() + "/cancel")
        .then()
        .statusCode(200);
    register(person(), s, 1).then().statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("session", s.id(), "party", 1))
        .post("/api/registrations")
        .then()
        .statusCode(401);
  }

  @Test
  void aCancellationPromotesEachWaitingPartyThatFitsInLineOrder() {
    Session s = session(5);
    String big = person();
    String bigId = registered(big, s, 5);
    String four = person();
    String fourId = registered(four, s, 4);
    String two = person();
    String twoId = registered(two, s, 2);
    String one = person();
    String oneId = registered(one, s, 1);
    // 5 confirmed; waiting in line: 4, 2, 1
    cancel(big, bigId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("REGISTRANT"));
    // 5 free: the 4 fits (1 left); the 2 does not and keeps its place, now first; the 1 fits
    assertEquals("CONFIRMED", status(four, fourId));
    assertEquals("CONFIRMED", status(one, oneId));
    given()
        .header("Authorization", two)
        .get("/api/registrations/" + twoId)
        .then()
        .body("status", equalTo("WAITLISTED"))
        .body("position", equalTo(1));
    given().get(s.path()).then().body("confirmed", equalTo(5));
  }

  @Test
  void aLargerPartyAheadKeepsItsPositionWhileASmallerOneMovesUp() {
    Session s = session(4);
    String a = person();
    String aId = registered(a, s, 2);
    registered(person(), s, 2);
    String four = person();
    String fourId = registered(four, s, 4);
    String one = person();
    String oneId = registered(one, s, 1);
    cancel(a, aId).then().statusCode(200);
    // 2 free: the party of 4 does not fit and keeps position 1; the party of 1 is confirmed
    given()
        .header("Authorization", four)
        .get("/api/registrations/" + fourId)
        .then()
        .body("status", equalTo("WAITLISTED"))
        .body("position", equalTo(1));
    assertEquals("CONFIRMED", status(one, oneId));
  }

  @Test
  void aLargerCapacityConfirmsWaitingPartiesAndASmallerOneBelowConfirmedIs409() {
    Session s = session(2);
    registered(person(), s, 2);
    String w = person();
    String wId = registered(w, s, 2);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, s.path()))
        .contentType(ContentType.JSON)
        .body(sessionAt(s, 1))
        .put(s.path())
        .then()
        .statusCode(409);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, s.path()))
        .contentType(ContentType.JSON)
        .body(sessionAt(s, 4))
        .put(s.path())
        .then()
        .statusCode(200)
        .body("confirmed", equalTo(4))
        .body("available", equalTo(0));
    assertEquals("CONFIRMED", status(w, wId));
  }

  private static Map<String, Object> sessionAt(Session s, int capacity) {
    Map<String, Object> current = given().get(s.path()).then().extract().path("");
    return Map.of("start", current.get("start"), "end", current.get("end"), "capacity", capacity);
  }

  @Test
  void registrantsSeeTheirOwnWithTheCodeAndOrganizersWithout() {
    Session s = session(10);
    String a = person();
    String id = registered(a, s, 2);
    given()
        .header("Authorization", a)
        .get("/api/registrations/mine")
        .then()
        .body("items.id", hasItem(id));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/registrations/" + id)
        .then()
        .statusCode(200)
        .body("checkInCode", nullValue());
    given()
        .header("Authorization", person())
        .get("/api/registrations/" + id)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", ORGANIZER_LESHAN)
        .get("/api/registrations/" + id)
        .then()
        .statusCode(404);
    cancel(person(), id).then().statusCode(404);
    cancel(ORGANIZER_CHENGDU, id).then().statusCode(404);
  }

  @Test
  void aRegistrationNoLongerCancelsOnceTheSessionHasStarted() {
    Session s = session(10);
    String a = person();
    String id = registered(a, s, 1);
    OffsetDateTime started = OffsetDateTime.now().minusMinutes(5);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, s.path()))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "start",
                started.toString(),
                "end",
                started.plusHours(2).toString(),
                "capacity",
                10))
        .put(s.path())
        .then()
        .statusCode(200);
    cancel(a, id).then().statusCode(409);
    register(person(), s, 1).then().statusCode(409);
    cancel(a, id).then().statusCode(409);
  }

  @Test
  void theAttendeeListIsForTheOrganizersOnly() {
    Session s = session(1);
    registered(person(), s, 1);
    registered(person(), s, 1);
    List<Map<String, Object>> list = attendees(s);
    assertEquals(
        List.of("CONFIRMED", "WAITLISTED"), list.stream().map(m -> m.get("status")).toList());
    assertEquals(1, list.get(1).get("position"));
    assertEquals(null, list.get(0).get("position"));
    given().header("Authorization", person()).get(s.path() + "/attendees").then().statusCode(403);
    given()
        .header("Authorization", ORGANIZER_LESHAN)
        .get(s.path() + "/attendees")
        .then()
        .statusCode(403);
    given().get(s.path() + "/attendees").then().statusCode(401);
  }

  @Test
  void anIdempotentRetryRegistersOnce() {
    Session s = session(10);
    String a = person();
    String key = UUID.randomUUID().toString();
    var first =
        given()
            .header("Authorization", a)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(Map.of("session", s.id(), "party", 2))
            .post("/api/registrations")
            .then()
            .statusCode(201)
            .extract();
    given()
        .header("Authorization", a)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("session", s.id(), "party", 2))
        .post("/api/registrations")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first.path("id")));
    given()
        .header("Authorization", a)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("session", s.id(), "party", 3))
        .post("/api/registrations")
        .then()
        .statusCode(422);
    assertEquals(1, attendees(s).size());
  }

  @Test
  void theOrganizerChecksAConfirmedPartyInDuringTheSession() {
    Session s = session(10, 30);
    String a = person();
    var created = register(a, s, 3).then().statusCode(201).extract();
    String id = created.path("id");
    String code = created.path("checkInCode");
    post(a, s.path() + "/check-in", Map.of("code", code)).then().statusCode(403);
    post(ORGANIZER_LESHAN, s.path() + "/check-in", Map.of("code", code)).then().statusCode(403);
    post(ORGANIZER_CHENGDU, s.path() + "/check-in", Map.of("code", code, "people", 4))
        .then()
        .statusCode(400);
    post(ORGANIZER_CHENGDU, s.path() + "/check-in", Map.of("code", "ZZZZZZZZ"))
        .then()
        .statusCode(409);
    post(ORGANIZER_CHENGDU, s.path() + "/check-in", Map.of("code", code.toLowerCase(), "people", 2))
        .then()
        .statusCode(200)
        .body("checkedIn", equalTo(2));
    post(ORGANIZER_CHENGDU, "/api/registrations/" + id + "/check-in", Map.of())
        .then()
        .statusCode(409);
    String b = person();
    String other = registered(b, s, 1);
    post(ORGANIZER_CHENGDU, "/api/registrations/" + other + "/check-in", Map.of())
        .then()
        .statusCode(200)
        .body("checkedIn", equalTo(1));
  }

  @Test
  void checkInIsClosedLongBeforeTheSession() {
    Session s = session(10);
    String id = registered(person(), s, 1);
    post(ORGANIZER_CHENGDU, "/api/registrations/" + id + "/check-in", Map.of())
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("hour before"));
  }

  @Test
  void cancellingTheEventCancelsItsRegistrations() {
    Session s = session(1);
    String a = person();
    String id = registered(a, s, 1);
    String b = person();
    String waiting = registered(b, s, 1);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + s.event() + "/cancel")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", a)
        .get("/api/registrations/" + id)
        .then()
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("EVENT_CANCELLED"));
    given()
        .header("Authorization", b)
        .get("/api/registrations/" + waiting)
        .then()
        .body("status", equalTo("CANCELLED"));
    given()
        .header("Authorization", a)
        .get("/api/registrations/mine")
        .then()
        .body("items", hasSize(1));
  }
}
