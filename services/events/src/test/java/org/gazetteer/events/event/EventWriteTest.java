package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_LESHAN;
import static org.gazetteer.events.EventsFixtures.VISITOR;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.createEvent;
import static org.gazetteer.events.EventsFixtures.post;
import static org.gazetteer.events.EventsFixtures.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** Organizers create, change, publish and cancel their institution's events. */
@QuarkusTest
@EventsTest
class EventWriteTest {

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return copy;
  }

  private static ValidatableResponse invalid(Map<String, Object> body, String field) {
    return post(ORGANIZER_CHENGDU, "/api/events", body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  private static int drafts(String title) {
    List<String> titles =
        given()
            .header("Authorization", ORGANIZER_CHENGDU)
            .get("/api/events?status=DRAFT&limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.title.zh");
    return (int) titles.stream().filter(title::equals).count();
  }

  @Test
  void anOrganizerCreatesADraftOfTheirInstitutionWithItsSessions() {
    var created =
        post(
                ORGANIZER_CHENGDU,
                "/api/events",
                addressEvent("新建讲座", List.of(session(4, 40), session(11, 40))))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .header("Location", startsWith("http"))
            .body("status", equalTo("DRAFT"))
            .body("organizer", equalTo("chengdu"))
            .body("createdBy", equalTo("organizer.chengdu"))
            .body("sessions", hasSize(2))
            .body("sessions.available", everyItem(equalTo(40)))
            .extract();
    String location = created.header("Location");
    given().get(location).then().statusCode(404);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get(location)
        .then()
        .statusCode(200)
        .body("title.zh", equalTo("新建讲座"));
  }

  @Test
  void aMuseumVenueIsCheckedAndGivesItsNameAndDivision() {
    Map<String, Object> body =
        with(
            with(addressEvent("馆内讲座", List.of(session(5, 60))), "division", null),
            "venue",
            Map.of("type", "MUSEUM", "code", "chengdu"));
    post(ORGANIZER_CHENGDU, "/api/events", body)
        .then()
        .statusCode(201)
        .body("venue.type", equalTo("MUSEUM"))
        .body("venue.code", equalTo("chengdu"))
        .body("venue.name.zh", equalTo("成都方志馆"))
        .body("venue.location.lat", equalTo(30.66f))
        .body("division", equalTo("510100"));
  }

  @Test
  void aReadingRoomVenueIsCheckedToo() {
    Map<String, Object> body =
        with(
            addressEvent("阅览室读书会", List.of(session(5, 20))),
            "venue",
            Map.of("type", "READING_ROOM", "code", "wuhou-001"));
    post(ORGANIZER_CHENGDU, "/api/events", body)
        .then()
        .statusCode(201)
        .body("venue.name.zh", equalTo("武侯区史志阅览室"))
        .body("division", equalTo("510104"));
  }

  @Test
  void anUnknownOrClosedVenueIs422AndSavesNothing() {
    for (Map<String, Object> venue :
        List.of(
            Map.<String, Object>of("type", "MUSEUM", "code", "nowhere"),
            Map.<String, Object>of("type", "READING_ROOM", "code", "wuhou-999"),
            Map.<String, Object>of("type", "READING_ROOM", "code", "wuhou-closed"))) {
      post(ORGANIZER_CHENGDU, "/api/events", with(addressEvent("无效场馆", List.of()), "venue", venue))
          .then()
          .statusCode(422)
          .contentType("application/problem+json");
    }
    org.junit.jupiter.api.Assertions.assertEquals(0, drafts("无效场馆"));
  }

  @Test
  void onlineAndAddressVenuesNeedTheirOwnFieldsOnly() {
    Map<String, Object> online =
        with(
            addressEvent("线上讲座", List.of(session(2, 500))),
            "venue",
            Map.of("type", "ONLINE", "url", "https://live.example.org/x"));
    post(ORGANIZER_CHENGDU, "/api/events", online)
        .then()
        .statusCode(201)
        .body("venue.url", equalTo("https://live.example.org/x"))
        .body("venue.address", nullValue());
    invalid(with(online, "venue", Map.of("type", "ONLINE")), "venue.url");
    invalid(with(online, "venue", Map.of("type", "ADDRESS", "code", "chengdu")), "venue.address");
    invalid(
        with(online, "venue", Map.of("type", "MUSEUM", "url", "https://x.example")), "venue.code");
    invalid(with(online, "venue", Map.of("type", "ONLINE", "url", "ftp://x")), "venue.url");
    invalid(with(online, "venue", Map.of("type", "STADIUM")), "venue.type");
  }

  @Test
  void badSessionsAreNamedAndSaveNothing() {
    Map<String, Object> start = session(3, 30);
    Map<String, Object> backwards =
        Map.of("start", start.get("end"), "end", start.get("start"), "capacity", 30);
    invalid(addressEvent("坏场次", List.of(backwards)), "sessions[0].end");
    invalid(addressEvent("坏场次", List.of(session(3, 30), session(3, 40))), "sessions[1]");
    invalid(addressEvent("坏场次", List.of(session(3, 0))), "sessions[0].capacity");
    invalid(addressEvent("坏场次", List.of(session(3, 10_001))), "sessions[0].capacity");
    invalid(
        addressEvent(
            "坏场次",
            List.of(
                Map.of(
                    "start",
                    "2027-01-01T09:00:00",
                    "end",
                    "2027-01-01T11:00:00+08:00",
                    "capacity",
                    5))),
        "sessions[0].start");
    org.junit.jupiter.api.Assertions.assertEquals(0, drafts("坏场次"));
  }

  @Test
  void unknownVocabularyOrDivisionIs400() {
    Map<String, Object> body = addressEvent("坏词表", List.of(session(3, 30)));
    invalid(with(body, "target", "MOON_BASE"), "target");
    invalid(with(body, "kind", "PARTY"), "kind");
    invalid(with(body, "division", "519900"), "division");
    invalid(with(body, "division", "51"), "division");
    invalid(with(body, "division", null), "division");
  }

  @Test
  void onlyOrganizersOfTheInstitutionOrAdminsCreate() {
    Map<String, Object> body = addressEvent("权限", List.of(session(3, 30)));
    post(VISITOR, "/api/events", body).then().statusCode(403);
    given().contentType(ContentType.JSON).body(body).post("/api/events").then().statusCode(401);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/events?organizer=leshan")
        .then()
        .statusCode(403);
    post(ADMIN, "/api/events", body)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("organizer"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/events?organizer=leshan")
        .then()
        .statusCode(201)
        .body("organizer", equalTo("leshan"));
  }

  @Test
  void editsNeedIfMatchAndTheInstitution() {
    Map<String, Object> body = addressEvent("待修改", List.of(session(3, 30)));
    String id = createEvent(ORGANIZER_CHENGDU, body);
    Map<String, Object> changed = with(with(body, "sessions", null), "title", Map.of("zh", "已修改"));
    String path = "/api/events/" + id;
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(428);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", ORGANIZER_LESHAN)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(with(changed, "sessions", List.of(session(9, 9))))
        .put(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sessions"));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title.zh", equalTo("已修改"))
        .body("sessions", hasSize(1));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get(path + "/history")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("CREATE", "UPDATE")))
        .body("items[1].changes.'title.zh'.from", equalTo("待修改"))
        .body("items[1].changes.'title.zh'.to", equalTo("已修改"));
    given().header("Authorization", ORGANIZER_LESHAN).get(path + "/history").then().statusCode(404);
  }

  @Test
  void publishingNeedsASessionAndMakesTheEventPublic() {
    String empty = createEvent(ORGANIZER_CHENGDU, addressEvent("无场次", List.of()));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + empty + "/publish")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    String id = createEvent(ORGANIZER_CHENGDU, addressEvent("待发布", List.of(session(6, 30))));
    given()
        .header("Authorization", ORGANIZER_LESHAN)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedAt", not(nullValue()));
    given().get("/api/events/" + id).then().statusCode(200).body("createdBy", nullValue());
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("allowed: cancel"));
  }

  @Test
  void cancellingCancelsEverySessionAndKeepsTheEventPublic() {
    String id =
        createEvent(
            ORGANIZER_CHENGDU, addressEvent("将取消", List.of(session(8, 30), session(9, 30))));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "天气原因"))
        .post("/api/events/" + id + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("天气原因"))
        .body("sessions.status", everyItem(equalTo("CANCELLED")))
        .body("sessions.cancelReason", everyItem(equalTo("EVENT_CANCELLED")))
        .body("sessions.available", everyItem(equalTo(0)));
    given().get("/api/events/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    given().get("/api/events?status=CANCELLED&limit=100").then().body("items.id", hasItem(id));
    given().get("/api/events?limit=100").then().body("items.id", not(hasItem(id)));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", "\"2\"")
        .contentType(ContentType.JSON)
        .body(with(addressEvent("已取消又改", null), "sessions", null))
        .put("/api/events/" + id)
        .then()
        .statusCode(409);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/cancel")
        .then()
        .statusCode(409);
  }
}
