package org.gazetteer.events.stats;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.VISITOR;
import static org.gazetteer.events.EventsFixtures.etag;
import static org.gazetteer.events.EventsFixtures.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics against figures computed by hand from a fixture of one institution (tongjiang):
 *
 * <pre>
 * event A  SCHOOL  LECTURE   511921  session A1 2025-03-10, 40 places: parties 3 (2 came) and 2 (none came);
 *                                       head counts STUDENTS on site 30, TEACHERS on site 4, STUDENTS online 100
 *                                    session A2 2025-04-05, 20 places: head count VILLAGERS off site 50
 * event B  VILLAGE WORKSHOP  511922  session B1 2025-03-20, 10 places: a party of 4, all came
 * event C  (cancelled, 2025-03-15, must not count)
 *
 * totals: events 2, sessions 3, places 70, registrations 9, check-ins 6, no-shows 3,
 *         head count 184, people reached A1 max(2, 34) + 100 = 134, A2 50, B1 max(4, 0) = 4 → 188
 * </pre>
 */
@QuarkusTest
@EventsTest
class StatsTest {

  private static final String ORGANIZER =
      TestTokens.bearer("organizer.tongjiang", "tongjiang", "event-organizer");

  private static final String YEAR = "from=2025-01-01&to=2025-12-31&institution=tongjiang";

  private static boolean loaded;

  /** Builds the fixture once, through the API, before the first test reads it. */
  @BeforeEach
  void fixture() {
    if (loaded) {
      return;
    }
    loaded = true;
    String a = event("SCHOOL", "LECTURE", "511921", List.of(40, 20));
    String b = event("VILLAGE", "WORKSHOP", "511922", List.of(10));
    String c = event("COMMUNITY", "READING", "511921", List.of(15));
    List<String> aSessions = sessions(a);
    String a1 = aSessions.get(0);
    String a2 = aSessions.get(1);
    String b1 = sessions(b).get(0);

    checkIn(register(a1, 3), 2);
    register(a1, 2);
    checkIn(register(b1, 4), 4);
    register(sessions(c).get(0), 1);

    headCounts(
        a,
        a1,
        List.of(
            count("STUDENTS", "ON_SITE", 30),
            count("TEACHERS", "ON_SITE", 4),
            count("STUDENTS", "ONLINE", 100)));
    headCounts(a, a2, List.of(count("VILLAGERS", "OFF_SITE", 50)));

    move(a, a1, "2025-03-10T09:00:00+08:00");
    move(a, a2, "2025-04-05T09:00:00+08:00");
    move(b, b1, "2025-03-20T09:00:00+08:00");
    move(c, sessions(c).get(0), "2025-03-15T09:00:00+08:00");
    given()
        .header("Authorization", ORGANIZER)
        .post("/api/events/" + c + "/cancel")
        .then()
        .statusCode(200);
  }

  @Test
  void theTotalsMatchTheHandComputedFigures() {
    JsonPath totals = stats(ORGANIZER, YEAR).setRootPath("totals");
    assertEquals(
        List.of(2, 3, 70, 9, 6, 3, 184, 188),
        List.of(
            totals.getInt("events"),
            totals.getInt("sessions"),
            totals.getInt("places"),
            totals.getInt("registrations"),
            totals.getInt("checkIns"),
            totals.getInt("noShows"),
            totals.getInt("headCount"),
            totals.getInt("peopleReached")));
  }

  @Test
  void byMonthAndTarget() {
    JsonPath byMonth = stats(ORGANIZER, YEAR + "&groupBy=month");
    assertEquals(List.of("2025-03", "2025-04"), byMonth.getList("rows.key.month"));
    assertEquals(List.of(2, 1), byMonth.getList("rows.events"));
    assertEquals(List.of(50, 20), byMonth.getList("rows.places"));
    assertEquals(List.of(9, 0), byMonth.getList("rows.registrations"));
    assertEquals(List.of(134, 50), byMonth.getList("rows.headCount"));
    assertEquals(List.of(138, 50), byMonth.getList("rows.peopleReached"));

    JsonPath byTargetAndDivision = stats(ORGANIZER, YEAR + "&groupBy=target,division");
    assertEquals(List.of("SCHOOL", "VILLAGE"), byTargetAndDivision.getList("rows.key.target"));
    assertEquals(List.of("511921", "511922"), byTargetAndDivision.getList("rows.key.division"));
    assertEquals(List.of(184, 4), byTargetAndDivision.getList("rows.peopleReached"));
    assertEquals(List.of(3, 0), byTargetAndDivision.getList("rows.noShows"));
  }

  @Test
  void byChannelAndAudienceTheGroupsAddUpToTheTotals() {
    JsonPath byChannel = stats(ORGANIZER, YEAR + "&groupBy=channel");
    assertEquals(
        java.util.Arrays.asList(null, "OFF_SITE", "ONLINE", "ON_SITE"),
        byChannel.getList("rows.key.channel"));
    assertEquals(List.of(4, 50, 100, 34), byChannel.getList("rows.peopleReached"));
    assertEquals(List.of(3, 0, 0, 0), byChannel.getList("rows.sessions"));
    JsonPath byAudience = stats(ORGANIZER, YEAR + "&groupBy=audience,channel");
    int sum =
        byAudience.getList("rows.peopleReached", Integer.class).stream()
            .mapToInt(Integer::intValue)
            .sum();
    assertEquals(188, sum);
    assertEquals(
        130,
        byAudience
            .getList("rows.findAll { it.key.audience == 'STUDENTS' }.peopleReached", Integer.class)
            .stream()
            .mapToInt(Integer::intValue)
            .sum());
  }

  @Test
  void asCsvForTheAnnualReport() {
    String csv =
        given()
            .header("Authorization", ORGANIZER)
            .accept("text/csv")
            .get("/api/events/stats?" + YEAR + "&groupBy=month")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    assertEquals(
        List.of(
            "month,events,sessions,places,registrations,checkIns,noShows,headCount,peopleReached",
            "2025-03,2,2,50,9,6,3,134,138",
            "2025-04,1,1,20,0,0,0,50,50",
            "total,2,3,70,9,6,3,184,188"),
        csv.lines().toList());
  }

  @Test
  void organizersReadTheirOwnAdminsAnyOthersNothing() {
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events/stats?" + YEAR)
        .then()
        .statusCode(403);
    assertEquals(188, stats(ADMIN, YEAR).getInt("totals.peopleReached"));
    assertEquals(
        "chengdu",
        stats(ORGANIZER_CHENGDU, "from=2025-01-01&to=2025-12-31").getString("institution"));
    given().header("Authorization", VISITOR).get("/api/events/stats").then().statusCode(403);
    given().get("/api/events/stats").then().statusCode(401);
  }

  @Test
  void badParametersAre400() {
    for (String q :
        List.of(
            "groupBy=weather",
            "groupBy=month,month",
            "from=2025-02-01&to=2025-01-01",
            "from=2020-01-01&to=2026-12-31",
            "division=51",
            "target=MOON",
            "from=yesterday")) {
      given()
          .header("Authorization", ORGANIZER)
          .get("/api/events/stats?" + q)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  private static JsonPath stats(String token, String query) {
    return given()
        .header("Authorization", token)
        .get("/api/events/stats?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String event(
      String target, String kind, String division, List<Integer> capacities) {
    OffsetDateTime start = OffsetDateTime.now().plusMinutes(30).truncatedTo(ChronoUnit.SECONDS);
    List<Map<String, Object>> sessions = new java.util.ArrayList<>();
    for (int i = 0; i < capacities.size(); i++) {
      OffsetDateTime at = start.plusHours(3L * i);
      sessions.add(
          Map.of(
              "start",
              at.toString(),
              "end",
              at.plusHours(2).toString(),
              "capacity",
              capacities.get(i)));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", "统计测试活动"));
    body.put("target", target);
    body.put("kind", kind);
    body.put("division", division);
    body.put("venue", Map.of("type", "ADDRESS", "address", Map.of("zh", "巴中市通江县")));
    body.put("sessions", sessions);
    String id = post(ORGANIZER, "/api/events", body).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", ORGANIZER)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }

  private static List<String> sessions(String event) {
    return given().get("/api/events/" + event + "/sessions").then().extract().path("id");
  }

  private static String register(String session, int party) {
    return post(
            TestTokens.bearer("stats-" + java.util.UUID.randomUUID(), null),
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

  private static Map<String, Object> count(String audience, String channel, int people) {
    return Map.of("audience", audience, "channel", channel, "people", people);
  }

  private static void headCounts(String event, String session, List<Map<String, Object>> counts) {
    given()
        .header("Authorization", ORGANIZER)
        .contentType(ContentType.JSON)
        .body(Map.of("counts", counts))
        .put("/api/events/" + event + "/sessions/" + session + "/head-counts")
        .then()
        .statusCode(200);
  }

  private static void move(String event, String session, String start) {
    String path = "/api/events/" + event + "/sessions/" + session;
    int capacity = given().get(path).then().extract().path("capacity");
    OffsetDateTime at = OffsetDateTime.parse(start);
    given()
        .header("Authorization", ORGANIZER)
        .header("If-Match", etag(ORGANIZER, path))
        .contentType(ContentType.JSON)
        .body(
            Map.of("start", at.toString(), "end", at.plusHours(2).toString(), "capacity", capacity))
        .put(path)
        .then()
        .statusCode(200);
    given().get(path).then().body("capacity", equalTo(capacity));
  }
}
