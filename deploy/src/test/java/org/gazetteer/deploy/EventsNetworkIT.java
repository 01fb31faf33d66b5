package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.gazetteer.deploy.NetworkFixtures.post;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outreach events end to end through the gateway with Keycloak tokens: venues are checked with the
 * real museums and reading-rooms services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.Resolver.class)
class EventsNetworkIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SharedNetwork network;
  private String api;
  private String organizer;

  @BeforeAll
  void tokens(SharedNetwork network) {
    this.network = network;
    api = network.api();
    organizer = network.bearer("organizer.chengdu");
  }

  private static Map<String, Object> event(String title, Map<String, Object> venue) {
    OffsetDateTime start =
        LocalDate.now(SHANGHAI).plusDays(9).atTime(14, 0).atZone(SHANGHAI).toOffsetDateTime();
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", title));
    body.put("target", "COMMUNITY");
    body.put("kind", "LECTURE");
    body.put("venue", venue);
    body.put(
        "sessions",
        List.of(
            Map.of(
                "start", start.toString(), "end", start.plusHours(2).toString(), "capacity", 40)));
    return body;
  }

  @Test
  void anEventAtAMuseumIsCheckedWithTheMuseumsServiceAndPublished() {
    String id =
        post(
                api + "/events",
                organizer,
                event("端到端馆内讲座", Map.of("type", "MUSEUM", "code", "chengdu")))
            .then()
            .statusCode(201)
            .body("venue.name.zh", equalTo("成都方志馆"))
            .body("division", equalTo("510100"))
            .body("status", equalTo("DRAFT"))
            .extract()
            .path("id");
    given()
        .header("Authorization", organizer)
        .post(api + "/events/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given()
        .get(api + "/events?venue=chengdu&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    given()
        .accept("application/ld+json")
        .get(api + "/events/" + id)
        .then()
        .statusCode(200)
        .body("location.'@id'", endsWith("/api/museums/chengdu"))
        .body("'@id'", endsWith("/api/events/" + id));
  }

  @Test
  void aReadingRoomVenueIsCheckedWithTheReadingRoomsService() {
    post(
            api + "/events",
            organizer,
            event("端到端阅览室读书会", Map.of("type", "READING_ROOM", "code", "wuhou-001")))
        .then()
        .statusCode(201)
        .body("venue.code", equalTo("wuhou-001"))
        .body("division", equalTo("510107"));
  }

  @Test
  void anUnknownVenueIs422AndSavesNothing() {
    post(api + "/events", organizer, event("端到端无效场馆", Map.of("type", "MUSEUM", "code", "atlantis")))
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    given()
        .header("Authorization", organizer)
        .get(api + "/events?status=DRAFT&q=无效场馆&limit=100")
        .then()
        .statusCode(200)
        .body("items.title.zh", everyItem(org.hamcrest.Matchers.not(equalTo("端到端无效场馆"))));
  }

  @Test
  void cancellingThroughTheGatewayKeepsTheEventPublic() {
    Map<String, Object> online =
        event("端到端将取消", Map.of("type", "ONLINE", "url", "https://live.example.org/e2e"));
    online.put("division", "510104");
    String id =
        post(api + "/events", organizer, online).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", organizer)
        .post(api + "/events/" + id + "/publish")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", organizer)
        .post(api + "/events/" + id + "/cancel")
        .then()
        .statusCode(200);
    given()
        .get(api + "/events/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("sessions[0].cancelReason", equalTo("EVENT_CANCELLED"));
  }

  @Test
  void aVisitorsRegistrationWaitlistPromotionAndCheckInThroughTheGateway() {
    OffsetDateTime start = OffsetDateTime.now(SHANGHAI).plusMinutes(40).withNano(0);
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", "端到端报名讲座"));
    body.put("target", "COMMUNITY");
    body.put("kind", "LECTURE");
    body.put("venue", Map.of("type", "MUSEUM", "code", "chengdu"));
    body.put(
        "sessions",
        List.of(
            Map.of(
                "start", start.toString(), "end", start.plusHours(2).toString(), "capacity", 2)));
    String event =
        post(api + "/events", organizer, body).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", organizer)
        .post(api + "/events/" + event + "/publish")
        .then()
        .statusCode(200);
    String session =
        given()
            .get(api + "/events/" + event + "/sessions")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");

    String visitor = network.bearer("visitor");
    String curator = network.bearer("curator.chengdu");
    String member = network.bearer("member.leshan");
    var first =
        post(api + "/registrations", visitor, Map.of("session", session, "party", 2))
            .then()
            .statusCode(201)
            .body("status", equalTo("CONFIRMED"))
            .extract();
    String firstId = first.path("id");
    String waiting =
        post(api + "/registrations", curator, Map.of("session", session, "party", 1))
            .then()
            .statusCode(201)
            .body("status", equalTo("WAITLISTED"))
            .body("position", equalTo(1))
            .extract()
            .path("id");
    post(api + "/registrations", member, Map.of("session", session, "party", 1))
        .then()
        .statusCode(201)
        .body("position", equalTo(2));
    given()
        .header("Authorization", visitor)
        .get(api + "/registrations/mine")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(firstId));

    given()
        .header("Authorization", visitor)
        .post(api + "/registrations/" + firstId + "/cancel")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", curator)
        .get(api + "/registrations/" + waiting)
        .then()
        .body("status", equalTo("CONFIRMED"));
    String code =
        given()
            .header("Authorization", curator)
            .get(api + "/registrations/" + waiting)
            .then()
            .extract()
            .path("checkInCode");
    post(
            api + "/events/" + event + "/sessions/" + session + "/check-in",
            organizer,
            Map.of("code", code))
        .then()
        .statusCode(200)
        .body("checkedIn", equalTo(1));
    given()
        .header("Authorization", organizer)
        .get(api + "/events/" + event + "/sessions/" + session + "/attendees")
        .then()
        .statusCode(200)
        .body("items.status", equalTo(List.of("CANCELLED", "CONFIRMED", "CONFIRMED")));
    given()
        .header("Authorization", visitor)
        .get(api + "/events/" + event + "/sessions/" + session + "/attendees")
        .then()
        .statusCode(403);

    given()
        .header("Authorization", organizer)
        .contentType("application/json")
        .body(
            Map.of(
                "counts",
                List.of(Map.of("audience", "RESIDENTS", "channel", "OFF_SITE", "people", 25))))
        .put(api + "/events/" + event + "/sessions/" + session + "/head-counts")
        .then()
        .statusCode(200);
    LocalDate day = start.atZoneSameInstant(SHANGHAI).toLocalDate();
    String period = "from=" + day + "&to=" + day;
    int reached =
        given()
            .header("Authorization", organizer)
            .get(api + "/events/stats?" + period)
            .then()
            .statusCode(200)
            .body("institution", equalTo("chengdu"))
            .extract()
            .path("totals.peopleReached");
    org.junit.jupiter.api.Assertions.assertTrue(
        reached >= 26, "25 off site and one checked in: " + reached);
    given()
        .header("Authorization", organizer)
        .accept("text/csv")
        .get(api + "/events/stats?" + period + "&groupBy=channel")
        .then()
        .statusCode(200)
        .contentType("text/csv");
    given().header("Authorization", visitor).get(api + "/events/stats").then().statusCode(403);
  }
}
