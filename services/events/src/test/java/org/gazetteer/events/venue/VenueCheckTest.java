package org.gazetteer.events.venue;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.post;
import static org.gazetteer.events.EventsFixtures.session;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.events.EventsTest;
import org.gazetteer.events.VenueStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the venue check degrades when the museums or reading-rooms service cannot answer: 503 with
 * Retry-After, nothing saved; one retry for the read; a breaker that opens and then fails fast.
 */
@QuarkusTest
@EventsTest
class VenueCheckTest {

  @Inject CircuitBreakerMaintenance breakers;

  @AfterEach
  void closeTheBreakers() {
    breakers.resetAll();
  }

  private static Map<String, Object> at(String type, String code) {
    Map<String, Object> body = new HashMap<>(addressEvent("场馆检查", List.of(session(3, 10))));
    body.put("venue", Map.of("type", type, "code", code));
    return body;
  }

  @Test
  void aMuseumsServiceThatDropsTheConnectionIs503AfterOneRetry() {
    String path = "/api/museums/" + VenueStubs.UNREACHABLE_MUSEUM;
    int before = VenueStubs.server().findAll(getRequestedFor(urlEqualTo(path))).size();
    post(ORGANIZER_CHENGDU, "/api/events", at("MUSEUM", VenueStubs.UNREACHABLE_MUSEUM))
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("detail", containsString("could not be checked"));
    int after = VenueStubs.server().findAll(getRequestedFor(urlEqualTo(path))).size();
    org.junit.jupiter.api.Assertions.assertEquals(2, after - before, "one read and one retry");
  }

  @Test
  void aReadingRoomsServiceSlowerThanTheTimeoutIs503() {
    post(ORGANIZER_CHENGDU, "/api/events", at("READING_ROOM", VenueStubs.SLOW_ROOM))
        .then()
        .statusCode(503)
        .body("detail", containsString("reading-rooms"));
  }

  @Test
  void anUnknownVenueDoesNotCountAgainstTheBreaker() {
    for (int i = 0; i < 12; i++) {
      post(ORGANIZER_CHENGDU, "/api/events", at("MUSEUM", "nowhere-" + i)).then().statusCode(422);
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        CircuitBreakerState.CLOSED, breakers.currentState("museums"));
  }

  @Test
  void repeatedFailuresOpenTheBreakerWhichThenFailsFast() {
    for (int i = 0; i < 6; i++) {
      post(ORGANIZER_CHENGDU, "/api/events", at("MUSEUM", VenueStubs.UNREACHABLE_MUSEUM))
          .then()
          .statusCode(503);
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        CircuitBreakerState.OPEN, breakers.currentState("museums"));
    String known = "/api/museums/chengdu";
    int before = VenueStubs.server().findAll(getRequestedFor(urlEqualTo(known))).size();
    post(ORGANIZER_CHENGDU, "/api/events", at("MUSEUM", "chengdu"))
        .then()
        .statusCode(503)
        .body("status", equalTo(503));
    int after = VenueStubs.server().findAll(getRequestedFor(urlEqualTo(known))).size();
    org.junit.jupiter.api.Assertions.assertEquals(before, after, "an open breaker asks nobody");
    org.junit.jupiter.api.Assertions.assertEquals(
        CircuitBreakerState.CLOSED, breakers.currentState("reading-rooms"), "each has its own");
  }
}
