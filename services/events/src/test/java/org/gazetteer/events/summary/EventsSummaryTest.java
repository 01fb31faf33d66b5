package org.gazetteer.events.summary;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.SHANGHAI;
import static org.gazetteer.events.EventsFixtures.etag;
import static org.gazetteer.events.EventsFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/**
 * The public summary counts this year's published events, their sessions and the people reached, as
 * the outreach statistics do, read anonymously. Sessions are created soon (so that parties can
 * register and check in) and then moved to a fixed day of this or last year.
 */
@QuarkusTest
@EventsTest
class EventsSummaryTest {

  private static final String ORGANIZER =
      TestTokens.bearer("organizer.pingchang", "pingchang", "event-organizer");

  private static final String[] FIGURES = {"publishedEvents", "sessions", "peopleReached"};

  private static final int THIS_YEAR = LocalDate.now(SHANGHAI).getYear();

  @Test
  void anonymousCallersReadThisYearsFigures() {
    JsonPath summary =
        given()
            .get("/api/events/summary")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    assertEquals(
        Set.of("year", "publishedEvents", "sessions", "peopleReached"),
        summary.getMap("").keySet());
    assertEquals(THIS_YEAR, summary.getInt("year"));
  }

  @Test
  void aPublishedEventOfThisYearCountsWithItsSessionsAndThePeopleReached() {
    List<Long> before = figures();
    String event = event(2, true);
    List<String> sessions = sessions(event);
    checkIn(register(sessions.get(0), 3), 2);
    headCounts(event, sessions.get(1), "VILLAGERS", "OFF_SITE", 50);
    move(event, sessions.get(0), THIS_YEAR + "-01-02T10:00:00+08:00");
    move(event, sessions.get(1), THIS_YEAR + "-01-03T10:00:00+08:00");
    assertEquals(List.of(before.get(0) + 1, before.get(1) + 2, before.get(2) + 52), figures());
  }

  @Test
  void draftsAndLastYearsEventsDoNotCount() {
    List<Long> before = figures();
    String draft = event(1, false);
    move(draft, sessions(draft).get(0), THIS_YEAR + "-01-02T10:00:00+08:00");
    String past = event(1, true);
    String session = sessions(past).get(0);
    checkIn(register(session, 4), 4);
    move(past, session, (THIS_YEAR - 1) + "-12-31T10:00:00+08:00");
    assertEquals(before, figures());
  }

  @Test
  void theFiguresAreTheStatisticsTotalsOfTheYear() {
    String event = event(1, true);
    checkIn(register(sessions(event).get(0), 2), 1);
    JsonPath totals =
        given()
            .header("Authorization", ADMIN)
            .get("/api/events/stats")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("totals");
    assertEquals(
        List.of(
            totals.getLong("events"), totals.getLong("sessions"), totals.getLong("peopleReached")),
        figures());
  }

  private static List<Long> figures() {
    JsonPath summary =
        given().get("/api/events/summary").then().statusCode(200).extract().jsonPath();
    List<Long> figures = new ArrayList<>();
    for (String field : FIGURES) {
      figures.add(summary.getLong(field));
    }
    return figures;
  }

  /** An event of pingchang with sessions from half an hour from now, three hours apart. */
  private static String event(int sessions, boolean publish) {
    OffsetDateTime start = OffsetDateTime.now().plusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
    List<Map<String, Object>> bodies = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      OffsetDateTime at = start.plusHours(3L * i);
      bodies.add(Map.of("start", at.toString(), "end", at.plusHours(2).toString(), "capacity", 40));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", "概况测试活动"));
    body.put("target", "VILLAGE");
    body.put("kind", "LECTURE");
    body.put("division", "511923");
    body.put("venue", Map.of("type", "ADDRESS", "address", Map.of("zh", "巴中市平昌县")));
    body.put("sessions", bodies);
    String id = post(ORGANIZER, "/api/events", body).then().statusCode(201).extract().path("id");
    if (publish) {
      given()
          .header("Authorization", ORGANIZER)
          .post("/api/events/" + id + "/publish")
          .then()
          .statusCode(200);
    }
    return id;
  }

  private static List<String> sessions(String event) {
    return given()
        .header("Authorization", ORGANIZER)
        .get("/api/events/" + event + "/sessions")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  private static String register(String session, int party) {
    return post(
            TestTokens.bearer("summary-" + UUID.randomUUID(), null),
            "/api/registrations",
            Map.of("session", session, "party", party))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void checkIn(String registration, int people) {
    post(ORGANIZER, "/api/registrations/" + registration + "/check-in", Map.of("people", people))
        .then()
        .statusCode(200);
  }

  private static void headCounts(
      String event, String session, String audience, String channel, int people) {
    given()
        .header("Authorization", ORGANIZER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "counts",
                List.of(Map.of("audience", audience, "channel", channel, "people", people))))
        .put("/api/events/" + event + "/sessions/" + session + "/head-counts")
        .then()
        .statusCode(200);
  }

  private static void move(String event, String session, String start) {
    String path = "/api/events/" + event + "/sessions/" + session;
    OffsetDateTime at = OffsetDateTime.parse(start);
    given()
        .header("Authorization", ORGANIZER)
        .header("If-Match", etag(ORGANIZER, path))
        .contentType(ContentType.JSON)
        .body(Map.of("start", at.toString(), "end", at.plusHours(2).toString(), "capacity", 40))
        .put(path)
        .then()
        .statusCode(200);
  }
}
