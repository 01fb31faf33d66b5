package org.gazetteer.museums.feed;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR2_CHENGDU;
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
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ChangeFeedTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void publicationUpdateAndWithdrawalAppearInOrderWithATombstone() {
    String since = ChangeFeedReader.lastToken();
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
        .statusCode(202);
    assertEquals(List.of("PUBLISHED"), kinds(ChangeFeedReader.entriesOf(id, since)));
    MuseumsFixtures.withEtag(CURATOR2_CHENGDU, "/api/exhibits/" + id + "/revision")
        .post("/api/exhibits/" + id + "/revision/approve")
        .then()
        .statusCode(200);

    List<Map<String, Object>> mine = ChangeFeedReader.entriesOf(id, since);
    assertEquals(List.of("PUBLISHED", "UPDATED"), kinds(mine));
    assertEquals("2022年修订版", ((Map<?, ?>) mine.get(1).get("record")).get("edition"));

    act(CURATOR_CHENGDU, id, "withdraw").then().statusCode(200);
    mine = ChangeFeedReader.entriesOf(id, since);
    assertEquals(List.of("PUBLISHED", "UPDATED", "WITHDRAWN"), kinds(mine));
    assertTrue(mine.stream().allMatch(entry -> entry.get("record") == null));
    assertEquals("chengdu", mine.get(2).get("museum"));
  }

  @Test
  void draftsAndReviewsStayOutOfTheFeed() {
    String since = ChangeFeedReader.lastToken();
    String id = MuseumsFixtures.draft(CURATOR_CHENGDU);
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(MuseumsFixtures.CURATOR2_CHENGDU, id, "reject", "缺少出处").then().statusCode(200);
    assertEquals(List.of(), ChangeFeedReader.entriesOf(id, since));
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

  private static List<Object> kinds(List<Map<String, Object>> entries) {
    return entries.stream().map(e -> e.get("change")).toList();
  }
}
