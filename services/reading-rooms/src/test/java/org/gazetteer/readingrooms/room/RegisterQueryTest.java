package org.gazetteer.readingrooms.room;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.hours;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newCode;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.room;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's queries: near a point, open at a time, holding a work, combined and paged. The
 * rooms are created once (before the first test) in a corner of 九寨沟县 (513225) where no other test
 * puts any.
 */
@QuarkusTest
@PostgresTest
class RegisterQueryTest {

  private static final String NEAR = "33.2600,103.9200";
  private static boolean created;
  private static String a;
  private static String b;
  private static String c;
  private static String school;

  @BeforeEach
  void rooms() {
    if (created) {
      return;
    }
    String suffix = newCode().substring(1, 5);
    a = "qa-" + suffix;
    b = "qb-" + suffix;
    c = "qc-" + suffix;
    school = "qd-" + suffix;
    // a at the centre, b about 1.1 km north, c about 5.6 km north; school 2.2 km, closed on
    // Sundays.
    create(a, 33.2600, "COMMUNITY", weekdays("09:00", "17:00"), List.of());
    create(b, 33.2700, "LIBRARY", weekdays("09:00", "17:00"), List.of());
    create(c, 33.3100, "COMMUNITY", weekdays("18:00", "21:00"), List.of());
    create(
        school,
        33.2800,
        "SCHOOL",
        List.of(hours("09:00", "17:00", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
        List.of(Map.of("from", "2030-01-14", "to", "2030-01-20", "reason", Map.of("zh", "寒假"))));
    Map<String, Object> holding =
        Map.of("title", Map.of("zh", "《四川扶贫志》"), "workType", "GAZETTEER", "copies", 2);
    post(ADMIN, "/api/reading-rooms/" + b + "/holdings", holding).then().statusCode(201);
    post(ADMIN, "/api/reading-rooms/" + c + "/holdings", holding).then().statusCode(201);
    created = true;
  }

  private static List<Map<String, Object>> weekdays(String opens, String closes) {
    return List.of(hours(opens, closes, "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));
  }

  private static void create(
      String code,
      double lat,
      String hostType,
      List<Map<String, Object>> hours,
      List<Map<String, Object>> closures) {
    Map<String, Object> body = room(code, 10);
    body.put("division", "513225");
    body.put("hostType", hostType);
    body.put("location", Map.of("lat", lat, "lon", 103.92));
    body.put("openingHours", hours);
    body.put("closures", closures);
    ReadingRoomsFixtures.post(ADMIN, "/api/reading-rooms?institution=jiuzhaigou", body)
        .then()
        .statusCode(201);
  }

  /** Codes of the rooms in 九寨沟县 that match the query, given as name, value, name, value… */
  private static List<String> codes(String... query) {
    var request = given().queryParam("division", "513225").queryParam("limit", 100);
    for (int i = 0; i < query.length; i += 2) {
      request.queryParam(query[i], query[i + 1]);
    }
    return request.get("/api/reading-rooms").then().statusCode(200).extract().path("items.code");
  }

  @Test
  void nearSortsByDistanceAndReportsIt() {
    given()
        .get("/api/reading-rooms?near=" + NEAR + "&radiusKm=3&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", contains(a, b, school))
        .body("items[0].distanceKm", equalTo(0.0f))
        .body("items[1].distanceKm", equalTo(1.112f))
        .body("items.distanceKm", everyItem(lessThanOrEqualTo(3.0f)));
  }

  @Test
  void roomsOutsideTheRadiusAreLeftOut() {
    assertEquals(List.of(a, b, school, c), codes("near", NEAR, "radiusKm", "10"));
    assertEquals(List.of(a), codes("near", NEAR, "radiusKm", "0.5"));
  }

  @Test
  void listsWithoutNearCarryNoDistance() {
    given()
        .get("/api/reading-rooms/" + a)
        .then()
        .statusCode(200)
        .body("$", not(org.hamcrest.Matchers.hasKey("distanceKm")));
  }

  @Test
  void nearPagesFollowDistanceWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    String url = "/api/reading-rooms?near=" + NEAR + "&radiusKm=10&limit=1";
    while (url != null && seen.size() < 10) {
      ExtractableResponse<Response> page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      seen.addAll(page.path("items.code"));
      String link = page.header("Link");
      url = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
    }
    assertEquals(List.of(a, b, school, c), seen);
  }

  @Test
  void openAtHonoursWeeklyHoursInShanghaiTime() {
    // 2030-01-09 is a Wednesday; 10:00 in Shanghai is 02:00 UTC.
    assertEquals(List.of(a, b, school), codes("openAt", "2030-01-09T02:00:00Z"));
    assertEquals(List.of(c), codes("openAt", "2030-01-09T19:30:00+08:00"));
    assertEquals(List.of(), codes("openAt", "2030-01-09T17:00:00+08:00"));
  }

  @Test
  void openAtHonoursClosuresAndDaysOff() {
    // Wednesday in the school's winter closure; a Sunday the school never opens.
    assertEquals(List.of(a, b), codes("openAt", "2030-01-16T10:00:00+08:00"));
    assertEquals(List.of(a, b), codes("openAt", "2030-01-06T10:00:00+08:00"));
  }

  @Test
  void holdingFindsRoomsWithOrWithoutBrackets() {
    assertEquals(List.of(b, c), codes("holding", "四川扶贫志"));
    assertEquals(List.of(b, c), codes("holding", "《四川扶贫志》"));
    assertEquals(List.of(b, c), codes("holding", "《四川扶貧誌》")); // traditional characters
    assertEquals(List.of(), codes("holding", "九寨沟图志"));
  }

  @Test
  void filtersCombine() {
    assertEquals(
        List.of(b),
        codes(
            "near",
            NEAR,
            "radiusKm",
            "3",
            "holding",
            "四川扶贫志",
            "openAt",
            "2030-01-09T10:00:00+08:00"));
    assertEquals(List.of(b), codes("hostType", "LIBRARY", "near", NEAR));
  }

  @Test
  void openNowAnswersLikeOpenAtTheCurrentTime() {
    String now = java.time.OffsetDateTime.now().withNano(0).toString();
    assertEquals(codes("openAt", now), codes("openNow", "true"));
  }

  @Test
  void cityDivisionIncludesCounties() {
    given()
        .get("/api/reading-rooms?division=513200&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem(a));
  }
}
