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

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** Drafts are seen only by their organizer institution and network admins (DESIGN §4). */
@QuarkusTest
@PostgresTest
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
  void cancelledListIsScopedLikeDrafts() {
    given()
        .header("Authorization", ORGANIZER_LESHAN)
        .get("/api/events?status=CANCELLED")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(CHENGDU_CANCELLED)));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events?status=CANCELLED")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(CHENGDU_CANCELLED));
  }

  @Test
  void accountWithoutInstitutionCannotListDrafts() {
    given()
        .header("Authorization", VISITOR)
        .get("/api/events?status=DRAFT")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"));
  }
}
