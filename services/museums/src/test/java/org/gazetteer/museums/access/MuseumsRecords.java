package org.gazetteer.museums.access;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.museums.MuseumsFixtures;

/**
 * The chengdu records the access tests read, created once on first use: a draft, an exhibit in
 * review, a published exhibit and a draft exhibition. Paths name them as {@code {draft}} etc.
 */
final class MuseumsRecords {

  private static Map<String, String> records;

  private MuseumsRecords() {}

  static synchronized String get(String key) {
    if (records == null) {
      records = create();
    }
    return records.get(key);
  }

  /** {@code path} with each {@code {key}} replaced by the record's id. */
  static String resolve(String path) {
    String resolved = path;
    for (String key : List.of("draft", "inReview", "published", "exhibition")) {
      resolved = resolved.replace("{" + key + "}", get(key));
    }
    return resolved;
  }

  private static Map<String, String> create() {
    MuseumsFixtures.ensureMuseums();
    Map<String, String> ids = new HashMap<>();
    ids.put("draft", MuseumsFixtures.draft(CURATOR_CHENGDU));
    String inReview = MuseumsFixtures.draft(CURATOR_CHENGDU);
    MuseumsFixtures.act(CURATOR_CHENGDU, inReview, "submit").then().statusCode(200);
    ids.put("inReview", inReview);
    ids.put("published", MuseumsFixtures.publish(MuseumsFixtures.exhibit("访问规则展品")));
    Map<String, Object> exhibition = new HashMap<>();
    exhibition.put("title", Map.of("zh", "内部展览"));
    exhibition.put("startsOn", "2026-12-01");
    exhibition.put("endsOn", "2027-03-31");
    exhibition.put("travelling", false);
    exhibition.put("exhibits", List.of(ids.get("published")));
    ids.put(
        "exhibition",
        given()
            .header("Authorization", CURATOR_CHENGDU)
            .contentType(ContentType.JSON)
            .body(exhibition)
            .post("/api/exhibitions")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
    return Map.copyOf(ids);
  }
}
