package org.gazetteer.museums.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.museums.MuseumsFixtures;

/**
 * Records whose responses the schema test reads, created once on first use, with as many null
 * fields as the service serves: a museum without parent, address, location or contact, a branch
 * whose contact has no email, an exhibit with nothing but the required fields (no English
 * description, no census number), a full exhibit with a pending revision, a withdrawn exhibit (a
 * tombstone in the feed) and a published exhibition without description or end.
 */
final class SchemaRecords {

  private static Map<String, String> ids;

  private SchemaRecords() {}

  /** {@code path} with each {@code {key}} replaced by the record's id or code. */
  static synchronized String resolve(String path) {
    if (ids == null) {
      ids = create();
    }
    String resolved = path;
    for (var id : ids.entrySet()) {
      resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
    }
    return resolved;
  }

  private static Map<String, String> create() {
    MuseumsFixtures.ensureMuseums();
    museum(Map.of("code", "schema-bare", "name", Map.of("zh", "空字段方志馆")));
    museum(
        Map.of(
            "code", "schema-branch",
            "name", Map.of("zh", "高校分馆"),
            "kind", "UNIVERSITY_BRANCH",
            "parent", "chengdu",
            "contact", Map.of("phone", "028-12345678")));
    Map<String, Object> bare = new HashMap<>();
    bare.put("inventoryNo", "S-" + System.nanoTime());
    bare.put("title", Map.of("zh", "仅有必填字段"));
    bare.put("category", "ANCIENT_BOOKS");
    bare.put("description", Map.of("zh", "没有英文描述"));
    String full = MuseumsFixtures.publish(MuseumsFixtures.fullExhibit("字段齐全展品"));
    Map<String, Object> revised = new HashMap<>(MuseumsFixtures.fullExhibit("字段齐全展品（修订）"));
    revised.remove("censusNo");
    MuseumsFixtures.withEtag(CURATOR_CHENGDU, "/api/exhibits/" + full)
        .contentType(ContentType.JSON)
        .body(revised)
        .put("/api/exhibits/" + full)
        .then()
        .statusCode(202);
    String gone = MuseumsFixtures.published();
    MuseumsFixtures.act(CURATOR_CHENGDU, gone, "withdraw").then().statusCode(200);
    return Map.of(
        "bare", MuseumsFixtures.publish(bare),
        "full", full,
        "exhibition", exhibition(full));
  }

  private static void museum(Map<String, Object> fields) {
    Map<String, Object> body = new HashMap<>(Map.of("kind", "CITY", "division", "510100"));
    body.putAll(fields);
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(201);
  }

  private static String exhibition(String exhibit) {
    String id =
        given()
            .header("Authorization", CURATOR_CHENGDU)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    Map.of("zh", "没有描述的展览"),
                    "startsOn",
                    "2026-12-01",
                    "travelling",
                    false,
                    "exhibits",
                    List.of(exhibit)))
            .post("/api/exhibitions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    MuseumsFixtures.withEtag(CURATOR_CHENGDU, "/api/exhibitions/" + id)
        .post("/api/exhibitions/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }
}
