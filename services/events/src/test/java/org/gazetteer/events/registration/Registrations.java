package org.gazetteer.events.registration;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.createEvent;
import static org.gazetteer.events.EventsFixtures.post;

import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokens;

/** Sessions to register for, and people who register, for the registration tests. */
final class Registrations {

  private Registrations() {}

  /** A new person: a login of no institution and no role. */
  static String person() {
    return TestTokens.bearer("visitor-" + UUID.randomUUID(), null);
  }

  /**
   * A published event of chengdu with one session of {@code capacity} people starting in {@code
   * minutes} from now; returns the session's id and its event's.
   */
  static Session session(int capacity, long minutes) {
    OffsetDateTime start =
        OffsetDateTime.now().plusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> session =
        Map.of(
            "start", start.toString(), "end", start.plusHours(2).toString(), "capacity", capacity);
    String event = createEvent(ORGANIZER_CHENGDU, addressEvent("报名测试", List.of(session)));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + event + "/publish")
        .then()
        .statusCode(200);
    String id = given().get("/api/events/" + event + "/sessions").then().extract().path("[0].id");
    return new Session(event, id);
  }

  /** A session three days ahead. */
  static Session session(int capacity) {
    return session(capacity, 3 * 24 * 60);
  }

  static Response register(String token, Session session, int party) {
    return post(token, "/api/registrations", Map.of("session", session.id(), "party", party));
  }

  static String registered(String token, Session session, int party) {
    return register(token, session, party).then().statusCode(201).extract().path("id");
  }

  static Response cancel(String token, String registration) {
    return given()
        .header("Authorization", token)
        .post("/api/registrations/" + registration + "/cancel");
  }

  /** The session's attendee list as the organizer reads it. */
  static List<Map<String, Object>> attendees(Session session) {
    return given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get(session.path() + "/attendees?limit=100")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  record Session(String event, String id) {
    String path() {
      return "/api/events/" + event + "/sessions/" + id;
    }
  }
}
