package org.gazetteer.museums.badinput;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.create;
import static org.gazetteer.museums.MuseumsFixtures.exhibit;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bad-input battery of issue 4 on the exhibit endpoints: each gets a clear problem+json, never
 * a 500, and a rejected request leaves nothing behind.
 */
@QuarkusTest
@PostgresTest
class BadInputTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  private static Response postRaw(String json) {
    return given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/exhibits");
  }

  private static Map<String, Object> with(String field, Object value) {
    Map<String, Object> body = new HashMap<>(exhibit("坏输入"));
    body.put(field, value);
    return body;
  }

  @Test
  void malformedJsonIs400() {
    for (String json : List.of("{", "{\"title\": }", "[]", "null", "\"text\"", "{\"a\":1}}")) {
      postRaw(json)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400));
    }
  }

  @Test
  void wrongTypesNameTheField() {
    create(CURATOR_CHENGDU, with("title", "不是对象"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title"));
    create(CURATOR_CHENGDU, with("keywords", Map.of("a", 1)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("keywords"));
    create(CURATOR_CHENGDU, with("massKg", "heavy"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("massKg"));
    create(CURATOR_CHENGDU, with("quantity", Map.of("count", 1.5, "unit", "件")))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("quantity.count"));
  }

  @Test
  void unknownFieldsAndInvalidVocabulariesAre400() {
    create(CURATOR_CHENGDU, with("colour", "red"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("colour"));
    create(CURATOR_CHENGDU, with("category", "ancient_books"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("category"));
    create(CURATOR_CHENGDU, with("workType", "古籍"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("workType"));
  }

  @Test
  void aRejectedRequestLeavesNothingBehind() {
    Map<String, Object> body = with("grade", "GRADE_9");
    create(CURATOR_CHENGDU, body).then().statusCode(400);
    body.put("grade", "GRADE_1");
    create(CURATOR_CHENGDU, body).then().statusCode(201);
  }

  @Test
  void sqlLookingTextIsJustText() {
    String sql = "'; DROP TABLE exhibit; -- \" OR 1=1 /*";
    String id =
        create(CURATOR_CHENGDU, with("title", Map.of("zh", sql)))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .body("title.zh", equalTo(sql));
    given()
        .queryParam("q", "' OR 1=1 --")
        .get("/api/exhibits")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    given().queryParam("q", "熊猫 & | ! <-> :*").get("/api/exhibits").then().statusCode(200);
  }

  @Test
  void emojiRareCharactersAndMixedScriptsRoundTrip() {
    String title = "🐼熊猫𠀀𪚥 Panda パンダ 판다 باندا e\u0301";
    String id =
        create(CURATOR_CHENGDU, with("title", Map.of("zh", title, "en", "ZWJ 👩‍👩‍👧")))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .body("title.zh", equalTo(title))
        .body("title.en", equalTo("ZWJ 👩‍👩‍👧"));
  }

  @Test
  void aNulCharacterIs400NotADatabaseError() {
    create(CURATOR_CHENGDU, with("title", Map.of("zh", "空\u0000字符")))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("title.zh"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("U+0000"));
    given()
        .queryParam("q", "熊\u0000猫")
        .get("/api/exhibits")
        .then()
        .statusCode(anyOf(is(200), is(400)));
  }

  @Test
  void aCsvCellWithANulCharacterIsReportedByRowAndColumn() {
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType("text/csv")
        .queryParam("dryRun", true)
        .body("藏品编号,名称,类别\nNUL-1,空\u0000字符,古籍图书\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/museums/chengdu/exhibits/import")
        .then()
        .statusCode(200)
        .body("errors[0].row", equalTo(2))
        .body("errors[0].column", equalTo("名称"));
  }

  @Test
  void overlongTextIs400() {
    create(CURATOR_CHENGDU, with("title", Map.of("zh", "长".repeat(20_001))))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title.zh"));
    given()
        .queryParam("q", "熊猫".repeat(150))
        .get("/api/exhibits")
        .then()
        .statusCode(anyOf(is(200), is(400)));
  }
}
