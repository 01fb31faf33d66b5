package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_LESHAN;
import static org.gazetteer.events.EventsFixtures.etag;
import static org.gazetteer.events.EventsFixtures.post;
import static org.gazetteer.events.EventsFixtures.publishedEvent;
import static org.gazetteer.events.EventsFixtures.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** Sessions change one by one under their event, each with its own ETag. */
@QuarkusTest
@EventsTest
class SessionTest {

  private static String firstSession(String event) {
    return given().get("/api/events/" + event + "/sessions").then().extract().path("[0].id");
  }

  @Test
  void aSessionIsAddedToAPublishedEventAndRaisesTheEventsVersion() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "加场", 30);
    String before = etag(ORGANIZER_CHENGDU, "/api/events/" + id);
    var added =
        post(ORGANIZER_CHENGDU, "/api/events/" + id + "/sessions", session(20, 80))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("capacity", equalTo(80))
            .extract();
    given()
        .get(added.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(added.path("id")));
    assertNotEquals(before, etag(ORGANIZER_CHENGDU, "/api/events/" + id));
    given().get("/api/events/" + id + "/sessions").then().body("", hasSize(2));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events/" + id + "/history")
        .then()
        .body("items.action", hasItem("ADD_SESSION"));
  }

  @Test
  void aRepeatedTimeIs409AndOnlyTheOrganizerAdds() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "重复场次", 30);
    post(ORGANIZER_CHENGDU, "/api/events/" + id + "/sessions", session(3, 10))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    post(ORGANIZER_LESHAN, "/api/events/" + id + "/sessions", session(4, 10))
        .then()
        .statusCode(403);
  }

  @Test
  void aSessionMovesWithItsOwnETag() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "改期", 30);
    String sid = firstSession(id);
    String path = "/api/events/" + id + "/sessions/" + sid;
    Map<String, Object> moved = session(30, 40);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .contentType(ContentType.JSON)
        .body(moved)
        .put(path)
        .then()
        .statusCode(428);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", "\"5\"")
        .contentType(ContentType.JSON)
        .body(moved)
        .put(path)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, path))
        .contentType(ContentType.JSON)
        .body(moved)
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("capacity", equalTo(40));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events/" + id + "/history")
        .then()
        .body("items.action", hasItem("UPDATE_SESSION"))
        .body("items[-1].changes.'sessions." + sid + ".capacity'.to", equalTo(40));
  }

  @Test
  void aCancelledSessionStaysListedAndNoLongerChanges() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "取消一场", 30);
    String sid = firstSession(id);
    String path = "/api/events/" + id + "/sessions/" + sid;
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post(path + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("SESSION_CANCELLED"))
        .body("available", equalTo(0));
    given().get("/api/events/" + id).then().body("sessions[0].status", equalTo("CANCELLED"));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post(path + "/cancel")
        .then()
        .statusCode(409);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, path))
        .contentType(ContentType.JSON)
        .body(session(31, 10))
        .put(path)
        .then()
        .statusCode(409);
    // the time of the cancelled session is free again
    post(ORGANIZER_CHENGDU, "/api/events/" + id + "/sessions", session(3, 30))
        .then()
        .statusCode(201);
  }

  @Test
  void badSessionBodiesAre400() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "坏请求场次", 30);
    Map<String, Object> s = session(5, 10);
    post(
            ORGANIZER_CHENGDU,
            "/api/events/" + id + "/sessions",
            Map.of("start", s.get("end"), "end", s.get("start"), "capacity", 10))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("end"));
    post(ORGANIZER_CHENGDU, "/api/events/" + id + "/sessions", session(5, -1))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("capacity"));
    given()
        .get("/api/events/" + id + "/sessions/00000000-0000-4000-8000-000000000000")
        .then()
        .statusCode(404);
    given().get("/api/events/" + id).then().body("sessions", hasSize(1));
  }
}
