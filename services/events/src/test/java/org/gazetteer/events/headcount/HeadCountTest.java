package org.gazetteer.events.headcount;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_LESHAN;
import static org.gazetteer.events.EventsFixtures.VISITOR;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.createEvent;
import static org.gazetteer.events.EventsFixtures.publishedEvent;
import static org.gazetteer.events.EventsFixtures.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** Head counts per session, audience and channel, recorded by the event's organizers. */
@QuarkusTest
@EventsTest
class HeadCountTest {

  private static String path(String event) {
    String sid =
        given()
            .header("Authorization", ORGANIZER_CHENGDU)
            .get("/api/events/" + event + "/sessions")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    return "/api/events/" + event + "/sessions/" + sid + "/head-counts";
  }

  private static Response put(String token, String path, Object counts) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(Map.of("counts", counts))
        .put(path);
  }

  private static Map<String, Object> count(String audience, String channel, Object people) {
    return Map.of("audience", audience, "channel", channel, "people", people);
  }

  @Test
  void organizersRecordAndReplaceASessionsHeadCounts() {
    String event = publishedEvent(ORGANIZER_CHENGDU, "进社区人数", 30);
    String path = path(event);
    put(
            ORGANIZER_CHENGDU,
            path,
            List.of(count("RESIDENTS", "OFF_SITE", 120), count("STUDENTS", "ONLINE", 800)))
        .then()
        .statusCode(200)
        .body("counts", hasSize(2));
    put(ORGANIZER_CHENGDU, path, List.of(count("RESIDENTS", "OFF_SITE", 150)))
        .then()
        .statusCode(200);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get(path)
        .then()
        .statusCode(200)
        .body("counts", hasSize(1))
        .body("counts[0].people", equalTo(150));
    given().header("Authorization", ADMIN).get(path).then().statusCode(200);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events/" + event + "/history")
        .then()
        .body("items.action", hasItem("HEAD_COUNT"));
  }

  @Test
  void othersNeitherRecordNorRead() {
    String path = path(publishedEvent(ORGANIZER_CHENGDU, "人数权限", 30));
    put(ORGANIZER_LESHAN, path, List.of(count("RESIDENTS", "ON_SITE", 1))).then().statusCode(403);
    put(VISITOR, path, List.of(count("RESIDENTS", "ON_SITE", 1))).then().statusCode(403);
    given().header("Authorization", VISITOR).get(path).then().statusCode(403);
    given().get(path).then().statusCode(401);
  }

  @Test
  void badCountsAre400AndChangeNothing() {
    String path = path(publishedEvent(ORGANIZER_CHENGDU, "人数校验", 30));
    put(ORGANIZER_CHENGDU, path, List.of(count("RESIDENTS", "ON_SITE", 5))).then().statusCode(200);
    put(ORGANIZER_CHENGDU, path, List.of(count("RESIDENTS", "ON_SITE", -1)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("counts[0].people"));
    put(ORGANIZER_CHENGDU, path, List.of(count("ALIENS", "ON_SITE", 1))).then().statusCode(400);
    put(ORGANIZER_CHENGDU, path, List.of(count("RESIDENTS", "TELEPATHY", 1)))
        .then()
        .statusCode(400);
    put(
            ORGANIZER_CHENGDU,
            path,
            List.of(count("RESIDENTS", "ON_SITE", 1), count("RESIDENTS", "ON_SITE", 2)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("counts[1]"));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get(path)
        .then()
        .body("counts[0].people", equalTo(5));
  }

  @Test
  void draftsAndCancelledSessionsTakeNoCounts() {
    String draft = createEvent(ORGANIZER_CHENGDU, addressEvent("人数草稿", List.of(session(3, 10))));
    put(ORGANIZER_CHENGDU, path(draft), List.of(count("RESIDENTS", "ON_SITE", 1)))
        .then()
        .statusCode(409);
    String event = publishedEvent(ORGANIZER_CHENGDU, "人数取消场次", 30);
    String path = path(event);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post(path.replace("/head-counts", "/cancel"))
        .then()
        .statusCode(200);
    put(ORGANIZER_CHENGDU, path, List.of(count("RESIDENTS", "ON_SITE", 1))).then().statusCode(409);
  }

  @Test
  void theVocabulariesListAudiencesAndChannelsWithLabels() {
    given()
        .get("/api/events/vocabularies")
        .then()
        .statusCode(200)
        .body("audience.code", hasItem("VILLAGERS"))
        .body("audience.find { it.code == 'SOLDIERS' }.zh", equalTo("官兵"))
        .body("channel.code", equalTo(List.of("ON_SITE", "OFF_SITE", "ONLINE")))
        .body("target.code", hasItem("MILITARY_CAMP"))
        .body("kind.code", hasItem("CAMPUS_PROGRAM"));
  }
}
