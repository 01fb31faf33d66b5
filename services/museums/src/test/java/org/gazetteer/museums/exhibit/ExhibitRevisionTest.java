package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR2_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.museums.MuseumsFixtures;
import org.gazetteer.museums.feed.ChangeFeedReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits of published exhibits wait for another curator's review (docs/api-conventions.md). */
@QuarkusTest
@PostgresTest
class ExhibitRevisionTest {

  static final String ORGANIZER_CHENGDU =
      TestTokens.bearer("organizer.chengdu", "chengdu", "event-organizer");

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  /** A published exhibit titled {@code title}, with a unique word so that search finds only it. */
  private static Published published(String title) {
    Map<String, Object> body = new HashMap<>(MuseumsFixtures.exhibit(title));
    String id = MuseumsFixtures.publish(body);
    return new Published(id, body);
  }

  private record Published(String id, Map<String, Object> body) {
    Map<String, Object> retitled(String zh) {
      Map<String, Object> edited = new HashMap<>(body);
      edited.put("title", Map.of("zh", zh, "en", "Revised"));
      return edited;
    }
  }

  private static Response put(String token, String id, String etag, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibits/" + id);
  }

  private static String revise(String token, Published p, String title) {
    return put(token, p.id(), "\"2\"", p.retitled(title))
        .then()
        .statusCode(202)
        .extract()
        .header("ETag");
  }

  private static Response decide(String token, String id, String action, String etag) {
    var request = given().header("Authorization", token);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    if (action.equals("reject")) {
      request.contentType(ContentType.JSON).body(Map.of("reason", "图片版权未核实"));
    }
    return request.post("/api/exhibits/" + id + "/revision/" + action);
  }

  private static List<String> searchTitles(String q) {
    return given()
        .queryParam("q", q)
        .get("/api/exhibits")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.title.zh");
  }

  @Test
  void anEditOfAPublishedExhibitIsHeldAsARevisionThePublicDoesNotSee() {
    Published p = published("蜀锦织造志原稿");
    String since = ChangeFeedReader.lastToken();
    put(CURATOR_CHENGDU, p.id(), "\"2\"", p.retitled("蜀锦织造志修订稿"))
        .then()
        .statusCode(202)
        .header("ETag", notNullValue())
        .header("Content-Location", containsString("/api/exhibits/" + p.id() + "/revision"))
        .body("exhibit", equalTo(p.id()))
        .body("publishedVersion", equalTo(2))
        .body("proposed.title.zh", equalTo("蜀锦织造志修订稿"))
        .body("changes.'title.zh'.from", equalTo("蜀锦织造志原稿"))
        .body("changes.'title.zh'.to", equalTo("蜀锦织造志修订稿"));
    given()
        .get("/api/exhibits/" + p.id())
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("title.zh", equalTo("蜀锦织造志原稿"))
        .body("pendingRevision", nullValue());
    given()
        .accept("application/ld+json")
        .get("/api/exhibits/" + p.id())
        .then()
        .statusCode(200)
        .body(containsString("蜀锦织造志原稿"))
        .body(not(containsString("修订稿")));
    assertEquals(List.of(), searchTitles("修订稿"));
    assertEquals(List.of("蜀锦织造志原稿"), searchTitles("织造志原稿"));
    assertEquals(List.of(), ChangeFeedReader.entriesOf(p.id(), since));
  }

  @Test
  void anotherCuratorApprovesTheRevisionWithTheETagReviewed() {
    Published p = published("盐井图说初版");
    String etag = revise(CURATOR_CHENGDU, p, "盐井图说增订版");
    String since = ChangeFeedReader.lastToken();
    decide(CURATOR_CHENGDU, p.id(), "approve", etag)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    decide(CURATOR2_CHENGDU, p.id(), "approve", null).then().statusCode(428);
    decide(CURATOR2_CHENGDU, p.id(), "approve", "\"999999\"").then().statusCode(412);
    decide(CURATOR_LESHAN, p.id(), "approve", etag).then().statusCode(403);
    decide(CURATOR2_CHENGDU, p.id(), "approve", etag)
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("title.zh", equalTo("盐井图说增订版"))
        .body("pendingRevision", nullValue());
    given().get("/api/exhibits/" + p.id()).then().body("title.zh", equalTo("盐井图说增订版"));
    assertEquals(List.of("盐井图说增订版"), searchTitles("增订版"));
    List<Map<String, Object>> entries = ChangeFeedReader.entriesOf(p.id(), since);
    assertEquals(1, entries.size());
    assertEquals("UPDATED", entries.get(0).get("change"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + p.id() + "/revision")
        .then()
        .statusCode(404);
  }

  @Test
  void aLaterEditReplacesTheRevisionAndTheOldETagNoLongerApproves() {
    Published p = published("茶马古道志稿");
    String first = revise(CURATOR_CHENGDU, p, "茶马古道志第一稿");
    String second = revise(CURATOR_CHENGDU, p, "茶马古道志第二稿");
    assertEquals(false, first.equals(second), "a replaced revision gets a new ETag");
    decide(CURATOR2_CHENGDU, p.id(), "approve", first).then().statusCode(412);
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .get("/api/exhibits/" + p.id() + "/revision")
        .then()
        .statusCode(200)
        .header("ETag", second)
        .body("proposed.title.zh", equalTo("茶马古道志第二稿"));
    decide(CURATOR2_CHENGDU, p.id(), "approve", second)
        .then()
        .statusCode(200)
        .body("title.zh", equalTo("茶马古道志第二稿"));
  }

  @Test
  void rejectingNeedsAReasonAndKeepsThePublishedVersion() {
    Published p = published("峨眉山志旧版");
    String etag = revise(CURATOR_CHENGDU, p, "峨眉山志新版");
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .header("If-Match", etag)
        .post("/api/exhibits/" + p.id() + "/revision/reject")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    decide(CURATOR2_CHENGDU, p.id(), "reject", null).then().statusCode(428);
    decide(CURATOR2_CHENGDU, p.id(), "reject", etag)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("title.zh", equalTo("峨眉山志旧版"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + p.id() + "/history?limit=100")
        .then()
        .body("items.action", hasItems("PROPOSE_REVISION", "REJECT_REVISION"))
        .body("items.reason", hasItem("图片版权未核实"));
  }

  @Test
  void withdrawingDiscardsThePendingRevision() {
    Published p = published("川剧脸谱图志");
    revise(CURATOR_CHENGDU, p, "川剧脸谱图志修订");
    act(CURATOR2_CHENGDU, p.id(), "withdraw").then().statusCode(200);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + p.id() + "/revision")
        .then()
        .statusCode(404);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + p.id() + "/history?limit=100")
        .then()
        .body("items.action", hasItems("PROPOSE_REVISION", "DISCARD_REVISION", "WITHDRAW"));
  }

  @Test
  void reviewersFindPendingRevisionsAmongWhatIsInReview() {
    Published p = published("都江堰水利志");
    String etag = revise(CURATOR_CHENGDU, p, "都江堰水利志续编");
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .get("/api/exhibits?status=IN_REVIEW&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(p.id()))
        .body("items.find { it.id == '" + p.id() + "' }.status", equalTo("PUBLISHED"))
        .body(
            "items.find { it.id == '" + p.id() + "' }.pendingRevision.version",
            equalTo(Integer.parseInt(etag.replace("\"", ""))));
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/exhibits?status=IN_REVIEW&limit=100")
        .then()
        .body("items.id", not(hasItem(p.id())));
    given()
        .header("Authorization", ADMIN)
        .get("/api/exhibits/" + p.id())
        .then()
        .body("pendingRevision.author", equalTo("curator.chengdu"));
  }

  @Test
  void onlyTheMuseumsCuratorsAndAdminsReadTheRevision() {
    Published p = published("三星堆考古志");
    revise(CURATOR_CHENGDU, p, "三星堆考古志补编");
    String path = "/api/exhibits/" + p.id() + "/revision";
    given().get(path).then().statusCode(401).contentType("application/problem+json");
    for (String outsider : List.of(ORGANIZER_CHENGDU, CURATOR_LESHAN)) {
      given().header("Authorization", outsider).get(path).then().statusCode(403);
    }
    given().header("Authorization", ADMIN).get(path).then().statusCode(200);
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .get("/api/exhibits/" + UUID.randomUUID() + "/revision")
        .then()
        .statusCode(404);
  }

  @Test
  void approvingASubmissionNeedsIfMatchToo() {
    String id = MuseumsFixtures.draft(CURATOR_CHENGDU);
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .post("/api/exhibits/" + id + "/approve")
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .header("If-Match", "\"0\"")
        .post("/api/exhibits/" + id + "/approve")
        .then()
        .statusCode(412);
    act(CURATOR2_CHENGDU, id, "approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
  }
}
