package org.gazetteer.events.event;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.CHENGDU_LECTURE;
import static org.gazetteer.events.EventsFixtures.CHENGDU_TOUR;
import static org.gazetteer.events.EventsFixtures.LESHAN_WORKSHOP;
import static org.gazetteer.events.EventsFixtures.SHANGHAI;
import static org.gazetteer.events.EventsFixtures.SICHUAN_CAMPAIGN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazetteer.events.EventsFixtures;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** The public queries of events over the fixtures (the n-th fixture event is n days ahead). */
@QuarkusTest
@EventsTest
class EventQueryTest {

  @Test
  void twoChineseCharactersFindTitles() {
    given()
        .get("/api/events?q=讲座&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(CHENGDU_LECTURE))
        .body("items.id", not(hasItem(LESHAN_WORKSHOP)));
    given()
        .get("/api/events?q=乡村&limit=100")
        .then()
        .body("items.id", hasItem(LESHAN_WORKSHOP))
        .body("items.id", not(hasItem(CHENGDU_LECTURE)));
    given()
        .get("/api/events?q=lecture&limit=100")
        .then()
        .body("items.id", hasItem(CHENGDU_LECTURE));
  }

  @Test
  void pinyinFindsTitlesAfterTheEventsWhoseTextMatchesAndPagesOnBoth() {
    // a text match a month ahead: listed before the pinyin-only matches of the coming days
    Map<String, Object> body =
        EventsFixtures.addressEvent("锦江夜谈", List.of(EventsFixtures.session(30, 20)));
    body.put("title", Map.of("zh", "锦江夜谈", "en", "Chengdu evening talks"));
    String talks = EventsFixtures.createEvent(EventsFixtures.ORGANIZER_CHENGDU, body);
    given()
        .header("Authorization", EventsFixtures.ORGANIZER_CHENGDU)
        .post("/api/events/" + talks + "/publish")
        .then()
        .statusCode(200);
    List<String> all =
        given()
            .get("/api/events?q=chengdu&limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    // 成都校园导览 has no Latin text: found by the pinyin of its title, after every text match
    assertTrue(all.indexOf(talks) >= 0 && all.indexOf(talks) < all.indexOf(CHENGDU_TOUR), "" + all);
    assertTrue(all.indexOf(CHENGDU_LECTURE) < all.indexOf(talks), "text matches by date: " + all);
    for (String q : List.of("cheng du xiao yuan", "Chéngdū Xiàoyuán", "cdxydl")) {
      given()
          .queryParam("q", q)
          .get("/api/events?limit=100")
          .then()
          .body("items.id", hasItem(CHENGDU_TOUR));
    }
    List<String> paged = new java.util.ArrayList<>();
    String url = "/api/events?q=chengdu&limit=1";
    for (int i = 0; i < all.size() && url != null; i++) {
      var page = given().get(url).then().statusCode(200).extract();
      paged.addAll(page.path("items.id"));
      String next = page.path("next");
      url = next == null ? null : "/api/events?q=chengdu&limit=1&cursor=" + next;
    }
    assertEquals(all, paged, "one event a page, the same order, nothing repeated or skipped");
  }

  @Test
  void traditionalCharactersFindSimplifiedTitlesOfRowsThatSqlWrote() {
    // the fixtures are SQL inserts: common's backfill wrote their search forms at start
    given()
        .get("/api/events?q=講座&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(CHENGDU_LECTURE))
        .body("items.id", not(hasItem(LESHAN_WORKSHOP)));
    given().get("/api/events?q=鄉村&limit=100").then().body("items.id", hasItem(LESHAN_WORKSHOP));
  }

  @Test
  void aTooBroadOrEmptyTextQueryIs400() {
    for (String q : new String[] {"讲", "!!!", "a".repeat(101)}) {
      given()
          .queryParam("q", q)
          .get("/api/events")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("q"));
    }
  }

  @Test
  void aDateRangeFindsEventsWithASessionInIt() {
    LocalDate today = LocalDate.now(SHANGHAI);
    // the fixture sessions start n days ahead at 10:00; one day of slack on both sides
    given()
        .get("/api/events?from=" + today.plusDays(2) + "&to=" + today.plusDays(3) + "&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(CHENGDU_LECTURE)))
        .body("items.id", not(hasItem(SICHUAN_CAMPAIGN)));
    given()
        .get("/api/events?from=" + today + "&to=" + today.plusDays(30) + "&limit=100")
        .then()
        .body(
            "items.id", hasItems(CHENGDU_LECTURE, CHENGDU_TOUR, LESHAN_WORKSHOP, SICHUAN_CAMPAIGN));
    given()
        .get("/api/events?from=" + today.minusYears(5) + "&to=" + today.minusYears(4))
        .then()
        .body("items.id", not(hasItem(CHENGDU_LECTURE)));
  }

  @Test
  void aBackwardsOrTooLongRangeIs400() {
    LocalDate today = LocalDate.now(SHANGHAI);
    given().get("/api/events?from=" + today + "&to=" + today.minusDays(1)).then().statusCode(400);
    given().get("/api/events?from=" + today + "&to=" + today.plusYears(4)).then().statusCode(400);
    given().get("/api/events?from=tomorrow").then().statusCode(400);
  }

  @Test
  void venueTypeAndVenueFilter() {
    given()
        .get("/api/events?venueType=ONLINE&limit=100")
        .then()
        .body("items.id", hasItem(SICHUAN_CAMPAIGN))
        .body("items.venue.type", everyItem(equalTo("ONLINE")));
    given()
        .get("/api/events?venue=chengdu&limit=100")
        .then()
        .statusCode(200)
        .body("items.venue.code", everyItem(equalTo("chengdu")));
    given().get("/api/events?venue=NOT_A_CODE").then().statusCode(400);
    given().get("/api/events?venueType=STADIUM").then().statusCode(400);
  }
}
