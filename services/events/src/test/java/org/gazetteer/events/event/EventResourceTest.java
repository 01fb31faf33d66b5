package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.CHENGDU_CANCELLED;
import static org.gazetteer.events.EventsFixtures.CHENGDU_DRAFT;
import static org.gazetteer.events.EventsFixtures.CHENGDU_LECTURE;
import static org.gazetteer.events.EventsFixtures.CHENGDU_TOUR;
import static org.gazetteer.events.EventsFixtures.LESHAN_WORKSHOP;
import static org.gazetteer.events.EventsFixtures.PUBLISHED;
import static org.gazetteer.events.EventsFixtures.SICHUAN_CAMPAIGN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@EventsTest
class EventResourceTest {

  @Test
  void listsUpcomingPublishedEventsEarliestFirst() {
    List<String> ids =
        given()
            .get("/api/events?limit=100")
            .then()
            .statusCode(200)
            .body("items.status", everyItem(equalTo("PUBLISHED")))
            .body("items.id", not(hasItem(CHENGDU_DRAFT)))
            .body("items.id", not(hasItem(CHENGDU_CANCELLED)))
            .extract()
            .path("items.id");
    assertEquals(PUBLISHED, ids.stream().filter(PUBLISHED::contains).toList());
  }

  @Test
  void cityDivisionIncludesItsDistricts() {
    given()
        .get("/api/events?division=510100&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(CHENGDU_LECTURE, CHENGDU_TOUR))
        .body("items.division", everyItem(startsWith("5101")))
        .body("items.id", not(hasItem(SICHUAN_CAMPAIGN)));
  }

  @Test
  void filtersByTargetKindAndOrganizer() {
    given()
        .get("/api/events?target=SCHOOL")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(CHENGDU_TOUR))
        .body("items.target", everyItem(equalTo("SCHOOL")));
    given()
        .get("/api/events?kind=WORKSHOP")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(LESHAN_WORKSHOP))
        .body("items.kind", everyItem(equalTo("WORKSHOP")));
    given()
        .get("/api/events?organizer=chengdu&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(CHENGDU_LECTURE, CHENGDU_TOUR))
        .body("items.organizer", everyItem(equalTo("chengdu")));
  }

  @Test
  void pagesFollowTheLinkToTheEndWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    String url = "/api/events?limit=1";
    while (url != null) {
      ExtractableResponse<Response> page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      List<String> ids = page.path("items.id");
      assertTrue(ids.size() <= 1, ids::toString);
      seen.addAll(ids);
      String link = page.header("Link");
      assertEquals(page.path("next") == null, link == null, "Link header and next agree");
      url = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
    }
    assertEquals(seen.stream().distinct().toList(), seen, "no repeats");
    assertEquals(PUBLISHED, seen.stream().filter(PUBLISHED::contains).toList());
  }

  @Test
  void readsOneEventWithItsVenueSessionsAndVersionAsETag() {
    given()
        .get("/api/events/" + CHENGDU_LECTURE)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(CHENGDU_LECTURE))
        .body("title.zh", equalTo("成都讲座"))
        .body("title.en", equalTo("Chengdu lecture"))
        .body("description", nullValue())
        .body("target", equalTo("AGENCY"))
        .body("kind", equalTo("LECTURE"))
        .body("organizer", equalTo("chengdu"))
        .body("division", equalTo("510104"))
        .body("venue.type", equalTo("ADDRESS"))
        .body("venue.address.zh", equalTo("成都市锦江区"))
        .body("venue.code", nullValue())
        .body("status", equalTo("PUBLISHED"))
        .body("sessions", hasSize(1))
        .body("sessions[0].capacity", equalTo(30))
        .body("sessions[0].available", equalTo(30))
        .body("sessions[0].status", equalTo("SCHEDULED"))
        .body("createdBy", nullValue())
        .body("demo", equalTo(false));
  }

  @Test
  void cancelledEventStaysPubliclyReadable() {
    given()
        .get("/api/events/" + CHENGDU_CANCELLED)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("场地维修"))
        .body("sessions[0].status", equalTo("CANCELLED"));
  }

  @Test
  void unknownEventIs404Problem() {
    given()
        .get("/api/events/00000000-0000-7000-8000-0000000000ff")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"))
        .body("requestId", notNullValue());
  }

  @Test
  void idThatIsNoUuidIs404Problem() {
    given()
        .get("/api/events/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void limitOutOfRangeOrNotANumberIs400() {
    for (String limit : List.of("0", "101", "ten")) {
      given()
          .get("/api/events?limit=" + limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("limit"));
    }
  }

  @Test
  void foreignOrTamperedCursorIs400() {
    String wrongKeys =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("c1\u001fyesterday\u001fnot-a-uuid".getBytes(StandardCharsets.UTF_8));
    for (String cursor : List.of("not-a-cursor", wrongKeys)) {
      given()
          .queryParam("cursor", cursor)
          .get("/api/events")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("cursor"));
    }
  }

  @Test
  void malformedDivisionIs400() {
    given()
        .get("/api/events?division=51010")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("division"));
  }

  @Test
  void unknownVocabularyValuesAre400NamingTheValues() {
    given()
        .get("/api/events?target=MOON")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("target"))
        .body("errors[0].message", containsString("ONLINE"));
    given()
        .get("/api/events?kind=PARTY")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", containsString("SHORT_VIDEO_CAMPAIGN"));
    given()
        .get("/api/events?status=ARCHIVED")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  void emptyPageHasNoNextAndNoLink() {
    given()
        .get("/api/events?division=650000")
        .then()
        .statusCode(200)
        .header("Link", nullValue())
        .body("items", hasSize(0))
        .body("next", nullValue());
  }
}
