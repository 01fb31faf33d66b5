package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR2_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.exhibit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitHistoryTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  private static void put(String id, String ifMatch, Map<String, Object> body) {
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", ifMatch)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibits/" + id)
        .then()
        .statusCode(200);
  }

  @Test
  void everyChangeIsRecordedWithWhoWhatAndWhy() {
    Map<String, Object> body = new java.util.HashMap<>(exhibit("初稿"));
    String id =
        MuseumsFixtures.create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
    body.put("title", Map.of("zh", "定稿", "en", "Test exhibit"));
    put(id, "\"0\"", body);
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(CURATOR2_CHENGDU, id, "reject", "题名需核对").then().statusCode(200);

    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.action", contains("CREATE", "UPDATE", "SUBMIT", "REJECT"))
        .body("items.version", contains(0, 1, 2, 3))
        .body("items[0].actor", equalTo("curator.chengdu"))
        .body("items[0].changes.'title.zh'.from", nullValue())
        .body("items[0].changes.'title.zh'.to", equalTo("初稿"))
        .body("items[1].changes.keySet()", contains("title.zh"))
        .body("items[1].changes.'title.zh'.from", equalTo("初稿"))
        .body("items[1].changes.'title.zh'.to", equalTo("定稿"))
        .body("items[2].changes.status.to", equalTo("IN_REVIEW"))
        .body("items[3].actor", equalTo("curator2.chengdu"))
        .body("items[3].reason", equalTo("题名需核对"));
  }

  @Test
  void anUpdateThatChangesNothingAddsNoEntry() {
    Map<String, Object> body = exhibit("不变");
    String id =
        MuseumsFixtures.create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
    put(id, "\"0\"", body);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
  }

  @Test
  void historyIsForTheMuseumAndAdmins() {
    String draftId = draft(CURATOR_CHENGDU);
    String published = MuseumsFixtures.published();
    given().get("/api/exhibits/" + published + "/history").then().statusCode(401);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibits/" + published + "/history")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibits/" + draftId + "/history")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", ADMIN)
        .get("/api/exhibits/" + published + "/history")
        .then()
        .statusCode(200)
        .body("items.action", contains("CREATE", "SUBMIT", "APPROVE"));
  }

  @Test
  void historyPagesFollowTheCursor() {
    String id = MuseumsFixtures.published();
    String next =
        given()
            .header("Authorization", CURATOR_CHENGDU)
            .get("/api/exhibits/" + id + "/history?limit=2")
            .then()
            .statusCode(200)
            .body("items.action", contains("CREATE", "SUBMIT"))
            .extract()
            .path("next");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .queryParam("cursor", next)
        .get("/api/exhibits/" + id + "/history?limit=2")
        .then()
        .statusCode(200)
        .body("items.action", contains("APPROVE"))
        .body("next", nullValue());
  }
}
