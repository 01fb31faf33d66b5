package org.gazetteer.museums.feed;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ChangeFeedTest {

  private static final int MAX_PAGES = 200;

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void publicationUpdateAndWithdrawalAppearInOrderWithATombstone() {
    String since = lastToken();
    Map<String, Object> body = MuseumsFixtures.fullExhibit("订阅展品");
    String id = MuseumsFixtures.publish(body);
    String etag = given().get("/api/exhibits/" + id).then().extract().header("ETag");
    body.put("edition", "2022年修订版");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibits/" + id)
        .then()
        .statusCode(200);

    List<Map<String, Object>> mine = entriesOf(id, since);
    assertEquals(List.of("PUBLISHED", "UPDATED"), kinds(mine));
    assertEquals("2022年修订版", ((Map<?, ?>) mine.get(1).get("record")).get("edition"));

    act(CURATOR_CHENGDU, id, "withdraw").then().statusCode(200);
    mine = entriesOf(id, since);
    assertEquals(List.of("PUBLISHED", "UPDATED", "WITHDRAWN"), kinds(mine));
    assertTrue(mine.stream().allMatch(entry -> entry.get("record") == null));
    assertEquals("chengdu", mine.get(2).get("museum"));
  }

  @Test
  void draftsAndReviewsStayOutOfTheFeed() {
    String since = lastToken();
    String id = MuseumsFixtures.draft(CURATOR_CHENGDU);
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(MuseumsFixtures.CURATOR2_CHENGDU, id, "reject", "缺少出处").then().statusCode(200);
    assertEquals(List.of(), entriesOf(id, since));
  }

  @Test
  void fullPagesLinkToTheNextBySince() {
    MuseumsFixtures.published();
    MuseumsFixtures.published();
    var response = given().queryParam("limit", 1).get("/api/exhibits/changes");
    response
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("next", notNullValue())
        .header("Link", containsString("since="));
    String next = response.path("next");
    String token = response.path("items[0].token");
    assertEquals(token, next);
    given()
        .queryParam("since", next)
        .queryParam("limit", 1)
        .get("/api/exhibits/changes")
        .then()
        .statusCode(200)
        .body("items[0].token", org.hamcrest.Matchers.not(equalTo(token)));
  }

  @Test
  void aTokenTheFeedDidNotHandOutIs400() {
    for (String bad : List.of("not-a-token", "YWJj", token("-5"), token("x"))) {
      given()
          .queryParam("since", bad)
          .get("/api/exhibits/changes")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("since"));
    }
  }

  @Test
  void aTokenPastTheEndReadsNothingYet() {
    given()
        .queryParam("since", token(String.valueOf(Long.MAX_VALUE)))
        .get("/api/exhibits/changes")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", nullValue());
  }

  private static String token(String position) {
    return org.gazetteer.common.paging.Cursor.of(position).encode();
  }

  /** The token of the newest entry, read page by page like a harvester. */
  private static String lastToken() {
    String since = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonPath feed = read(since);
      List<String> tokens = feed.getList("items.token");
      if (!tokens.isEmpty()) {
        since = tokens.get(tokens.size() - 1);
      }
      if (feed.getString("next") == null) {
        return since;
      }
    }
    throw new AssertionError("the feed did not end within " + MAX_PAGES + " pages");
  }

  /** The entries about one exhibit after {@code since}, in feed order. */
  private static List<Map<String, Object>> entriesOf(String exhibit, String since) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonPath feed = read(since);
      List<Map<String, Object>> items = feed.getList("items");
      items.stream().filter(e -> exhibit.equals(e.get("exhibit"))).forEach(found::add);
      if (feed.getString("next") == null) {
        return found;
      }
      since = feed.getString("next");
    }
    throw new AssertionError("the feed did not end within " + MAX_PAGES + " pages");
  }

  private static JsonPath read(String since) {
    var request = given().queryParam("limit", 100);
    if (since != null) {
      request.queryParam("since", since);
    }
    return request.get("/api/exhibits/changes").then().statusCode(200).extract().jsonPath();
  }

  private static List<Object> kinds(List<Map<String, Object>> entries) {
    return entries.stream().map(e -> e.get("change")).toList();
  }
}
