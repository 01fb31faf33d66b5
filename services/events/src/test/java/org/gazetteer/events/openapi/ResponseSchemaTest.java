package org.gazetteer.events.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.CHENGDU_TOUR;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.publishedEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.gazetteer.common.testing.ResponseSchemas;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responses of every GET operation match the schema the service's own OpenAPI document declares
 * for them; the fixture events have no description and, most of them, no English title.
 */
@QuarkusTest
@EventsTest
class ResponseSchemaTest {

  @Test
  void everyGetOperationIsChecked() {
    assertEquals(
        Set.of(
            "GET /api/events",
            "GET /api/events.ics",
            "GET /api/events/stats",
            "GET /api/events/summary",
            "GET /api/events/vocabularies",
            "GET /api/events/{id}",
            "GET /api/events/{id}.ics",
            "GET /api/events/{id}/history",
            "GET /api/events/{id}/sessions",
            "GET /api/events/{id}/sessions/{sid}",
            "GET /api/events/{id}/sessions/{sid}/attendees",
            "GET /api/events/{id}/sessions/{sid}/head-counts",
            "GET /api/registrations/mine",
            "GET /api/registrations/{id}"),
        ResponseSchemas.fetch().getOperations());
  }

  @ParameterizedTest
  @ValueSource(strings = {"?limit=100", "?limit=1", "?status=DRAFT&limit=100"})
  void theListMatchesItsSchema(String query) {
    ResponseSchemas.fetch()
        .assertMatches(
            "/api/events", 200, given().header("Authorization", ADMIN).get("/api/events" + query));
  }

  @Test
  void sessionsAndHistoryMatchTheirSchemas() {
    String id = publishedEvent(ORGANIZER_CHENGDU, "模式检查活动", 1);
    String session = given().get("/api/events/" + id + "/sessions").then().extract().path("[0].id");
    ResponseSchemas schemas = ResponseSchemas.fetch();
    schemas.assertMatches(
        "/api/events/{id}/sessions", 200, given().get("/api/events/" + id + "/sessions"));
    schemas.assertMatches(
        "/api/events/{id}/sessions/{sid}",
        200,
        given().get("/api/events/" + id + "/sessions/" + session));
    schemas.assertMatches(
        "/api/events/{id}/history",
        200,
        given().header("Authorization", ORGANIZER_CHENGDU).get("/api/events/" + id + "/history"));
    schemas.assertMatches(
        "/api/events/{id}",
        200,
        given().header("Authorization", ORGANIZER_CHENGDU).get("/api/events/" + id));
  }

  @Test
  void theSummaryMatchesItsSchema() {
    ResponseSchemas.fetch()
        .assertMatches("/api/events/summary", 200, given().get("/api/events/summary"));
  }

  @Test
  void anEventMatchesItsSchema() {
    ResponseSchemas.fetch()
        .assertMatches("/api/events/{id}", 200, given().get("/api/events/" + CHENGDU_TOUR));
  }
}
