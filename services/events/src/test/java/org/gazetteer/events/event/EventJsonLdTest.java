package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.CHENGDU_CANCELLED;
import static org.gazetteer.events.EventsFixtures.CHENGDU_DRAFT;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.SICHUAN_CAMPAIGN;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.createEvent;
import static org.gazetteer.events.EventsFixtures.session;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** Events as schema.org JSON-LD. */
@QuarkusTest
@EventsTest
class EventJsonLdTest {

  @Test
  void anEventAtAMuseumIsAnEventWithSubEventsAndTheMuseumAsLocation() {
    Map<String, Object> body =
        new HashMap<>(addressEvent("馆内两场", List.of(session(4, 50), session(5, 50))));
    body.put("venue", Map.of("type", "MUSEUM", "code", "chengdu"));
    String id = createEvent(ORGANIZER_CHENGDU, body);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200);
    given()
        .accept("application/ld+json")
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .contentType("application/ld+json")
        .header("Vary", "Accept")
        .body("'@type'", equalTo("Event"))
        .body("'@id'", endsWith("/api/events/" + id))
        .body("eventStatus.'@id'", equalTo("https://schema.org/EventScheduled"))
        .body("eventAttendanceMode.'@id'", equalTo("https://schema.org/OfflineEventAttendanceMode"))
        .body("location.'@type'", equalTo("Museum"))
        .body("location.'@id'", endsWith("/api/museums/chengdu"))
        .body("location.geo.latitude", equalTo(30.66f))
        .body("organizer.identifier", equalTo("chengdu"))
        .body("subEvent", hasSize(2))
        .body("subEvent[0].maximumAttendeeCapacity", equalTo(50))
        .body("subEvent[0].remainingAttendeeCapacity", equalTo(50));
  }

  @Test
  void onlineAndCancelledEventsSayWhatTheyAre() {
    given()
        .accept("application/ld+json")
        .get("/api/events/" + SICHUAN_CAMPAIGN)
        .then()
        .body("eventAttendanceMode.'@id'", equalTo("https://schema.org/OnlineEventAttendanceMode"))
        .body("location.'@type'", equalTo("VirtualLocation"));
    given()
        .accept("application/ld+json")
        .get("/api/events/" + CHENGDU_CANCELLED)
        .then()
        .body("eventStatus.'@id'", equalTo("https://schema.org/EventCancelled"))
        .body("subEvent[0].eventStatus.'@id'", equalTo("https://schema.org/EventCancelled"));
  }

  @Test
  void aDraftHasNoJsonLd() {
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .accept("application/ld+json")
        .get("/api/events/" + CHENGDU_DRAFT)
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
  }
}
