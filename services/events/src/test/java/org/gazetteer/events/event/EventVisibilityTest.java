package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ADMIN;
import static org.gazetteer.events.EventsFixtures.CHENGDU_CANCELLED;
import static org.gazetteer.events.EventsFixtures.CHENGDU_DRAFT;
import static org.gazetteer.events.EventsFixtures.LESHAN_DRAFT;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_LESHAN;
import static org.gazetteer.events.EventsFixtures.VISITOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drafts are seen only by the event organizers of their institution and network admins
 * (docs/identity-and-access.md).
 */
@QuarkusTest
@EventsTest
class EventVisibilityTest {

  @Test
  void draftIsHiddenFromAnonymousCallers() {
    given()
        .get("/api/events/" + CHENGDU_DRAFT)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void draftIsHiddenFromOtherInstitutionsAndVisitors() {
    for (String token : new String[] {ORGANIZER_LESHAN, VISITOR}) {
      given()
          .header("Authorization", token)
          .get("/api/events/" + CHENGDU_DRAFT)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
  }

  @Test
  void draftIsVisibleToItsOrganizerAndAdmins() {
    for (String token : new String[] {ORGANIZER_CHENGDU, ADMIN}) {
      given()
          .header("Authorization", token)
          .get("/api/events/" + CHENGDU_DRAFT)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("status", equalTo("DRAFT"));
    }
  }

  @Test
  void listingDraftsNeedsALogin() {
    given()
        .get("/api/events?status=DRAFT")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
  }

  @Test
  void organizerListsOnlyOwnDrafts() {
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events?status=DRAFT&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(CHENGDU_DRAFT))
        .body("items.id", not(hasItem(LESHAN_DRAFT)))
        .body("items.organizer", everyItem(equalTo("chengdu")));
  }

  @Test
  void askingForAnotherOrganizersDraftsFindsNone() {
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events?status=DRAFT&organizer=leshan")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void adminListsDraftsOfEveryInstitution() {
    given()
        .header("Authorization", ADMIN)
        .get("/api/events?status=DRAFT&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(CHENGDU_DRAFT, LESHAN_DRAFT));
  }

  @Test
  void cancelledEventsArePublicLikePublishedOnes() {
    for (String token : new String[] {null, VISITOR, ORGANIZER_LESHAN, ORGANIZER_CHENGDU}) {
      RequestSpecification request = given();
      if (token != null) {
        request.header("Authorization", token);
      }
      request
          .get("/api/events?status=CANCELLED")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(CHENGDU_CANCELLED))
          .body("items.status", everyItem(equalTo("CANCELLED")));
    }
  }

  @Test
  void accountWithoutInstitutionListsNoDrafts() {
    given()
        .header("Authorization", VISITOR)
        .get("/api/events?status=DRAFT")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  static final String CURATOR_CHENGDU = TestTokens.bearer("curator.chengdu", "chengdu", "curator");

  static Stream<Arguments> internalReads() {
    return Stream.of(
        Arguments.of("/api/events?status=DRAFT&limit=100", ORGANIZER_CHENGDU, 200, true),
        Arguments.of("/api/events?status=DRAFT&limit=100", CURATOR_CHENGDU, 200, false),
        Arguments.of("/api/events?status=DRAFT&limit=100", ORGANIZER_LESHAN, 200, false),
        Arguments.of("/api/events?status=DRAFT&limit=100", null, 401, false),
        Arguments.of("/api/events?status=DRAFT&limit=100", ADMIN, 200, true),
        Arguments.of("/api/events/" + CHENGDU_DRAFT, ORGANIZER_CHENGDU, 200, true),
        Arguments.of("/api/events/" + CHENGDU_DRAFT, CURATOR_CHENGDU, 404, false),
        Arguments.of("/api/events/" + CHENGDU_DRAFT, ORGANIZER_LESHAN, 404, false),
        Arguments.of("/api/events/" + CHENGDU_DRAFT, null, 404, false),
        Arguments.of("/api/events/" + CHENGDU_DRAFT, ADMIN, 200, true));
  }

  /**
   * Every read of internal events data × (same institution with the organizer role, same
   * institution without it, another institution, anonymous, admin).
   */
  @ParameterizedTest(name = "{0} [{index}] → {2}")
  @MethodSource("internalReads")
  void internalReadsNeedTheOrganizerRoleAndTheInstitution(
      String path, String token, int status, boolean showsDraft) {
    RequestSpecification request = given();
    if (token != null) {
      request.header("Authorization", token);
    }
    String body = request.get(path).then().statusCode(status).extract().asString();
    assertEquals(showsDraft, body.contains("\"id\":\"" + CHENGDU_DRAFT + "\""), body);
  }
}
