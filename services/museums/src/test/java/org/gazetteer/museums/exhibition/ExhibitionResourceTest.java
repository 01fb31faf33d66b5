package org.gazetteer.museums.exhibition;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.published;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitionResourceTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  static Map<String, Object> exhibition(String title, List<String> exhibits) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", title, "en", "An exhibition"));
    body.put("startsOn", "2026-12-01");
    body.put("endsOn", "2027-03-31");
    body.put("travelling", false);
    body.put("exhibits", exhibits);
    return body;
  }

  static Response create(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/exhibitions");
  }

  static String created(Map<String, Object> body) {
    return create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
  }

  static Response exhibitionAct(String token, String id, String action) {
    return given().header("Authorization", token).post("/api/exhibitions/" + id + "/" + action);
  }

  @Test
  void keepsTheExhibitsInTheOrderGiven() {
    String a = published();
    String b = published();
    String c = draft(CURATOR_CHENGDU);
    String location =
        create(CURATOR_CHENGDU, exhibition("成都方志精品展", List.of(c, a, b)))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("museum", equalTo("chengdu"))
            .body("status", equalTo("DRAFT"))
            .extract()
            .header("Location");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get(location)
        .then()
        .statusCode(200)
        .body("exhibits", contains(c, a, b))
        .body("title.zh", equalTo("成都方志精品展"));
  }

  @Test
  void exhibitsMustBeTheMuseumsOwnAndListedOnce() {
    String leshan =
        MuseumsFixtures.create(CURATOR_LESHAN, MuseumsFixtures.exhibit("乐山展品"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    create(CURATOR_CHENGDU, exhibition("借展", List.of(leshan)))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString(leshan));
    create(CURATOR_CHENGDU, exhibition("不存在", List.of("00000000-0000-4000-8000-00000000abcd")))
        .then()
        .statusCode(422);
    String a = draft(CURATOR_CHENGDU);
    create(CURATOR_CHENGDU, exhibition("重复", List.of(a, a)))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("exhibits[1]"));
  }

  @Test
  void datesMustBeSane() {
    Map<String, Object> body = exhibition("倒置日期", List.of());
    body.put("endsOn", "2026-11-30");
    create(CURATOR_CHENGDU, body).then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
    body = exhibition("远古", List.of());
    body.put("startsOn", "1800-01-01");
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("startsOn"));
    body.put("startsOn", "2026-13-01");
    create(CURATOR_CHENGDU, body).then().statusCode(400);
  }

  @Test
  void publishingNeedsPublishedExhibitsAndThenItIsPublic() {
    String a = published();
    String d = draft(CURATOR_CHENGDU);
    String id = created(exhibition("待发布展", List.of(a, d)));
    given().get("/api/exhibitions/" + id).then().statusCode(404);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibitions/" + id)
        .then()
        .statusCode(404);
    exhibitionAct(CURATOR_CHENGDU, id, "publish")
        .then()
        .statusCode(422)
        .body("detail", containsString(d));
    String empty = created(exhibition("空展", List.of()));
    exhibitionAct(CURATOR_CHENGDU, empty, "publish").then().statusCode(422);

    act(CURATOR_CHENGDU, d, "submit").then().statusCode(200);
    act(MuseumsFixtures.CURATOR2_CHENGDU, d, "approve").then().statusCode(200);
    exhibitionAct(CURATOR_CHENGDU, id, "publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given().get("/api/exhibitions/" + id).then().statusCode(200).body("exhibits", contains(a, d));
    exhibitionAct(CURATOR_CHENGDU, id, "publish")
        .then()
        .statusCode(409)
        .body("detail", containsString("withdraw"));
  }

  @Test
  void theWorldSeesOnlyExhibitsThatAreStillPublished() {
    String a = published();
    String b = published();
    String id = created(exhibition("撤展后", List.of(a, b)));
    exhibitionAct(CURATOR_CHENGDU, id, "publish").then().statusCode(200);
    act(CURATOR_CHENGDU, a, "withdraw").then().statusCode(200);
    given().get("/api/exhibitions/" + id).then().statusCode(200).body("exhibits", contains(b));
    given()
        .get("/api/exhibitions/" + id + "/exhibits")
        .then()
        .statusCode(200)
        .body("items.id", contains(b));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibitions/" + id)
        .then()
        .body("exhibits", contains(a, b));
    given()
        .queryParam("museum", "chengdu")
        .queryParam("limit", 100)
        .get("/api/exhibitions")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + id + "' }.exhibits", contains(b));
  }

  @Test
  void updatesNeedIfMatchAndAPublishedShowTakesNoDrafts() {
    String a = published();
    String id = created(exhibition("改展", List.of(a)));
    Map<String, Object> body = exhibition("改展（修订）", List.of(a));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibitions/" + id)
        .then()
        .statusCode(428);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibitions/" + id)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibitions/" + id)
        .then()
        .statusCode(403);
    exhibitionAct(CURATOR_CHENGDU, id, "publish").then().statusCode(200).header("ETag", "\"1\"");
    body.put("exhibits", List.of(a, draft(CURATOR_CHENGDU)));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibitions/" + id)
        .then()
        .statusCode(422);
    body.put("exhibits", List.of(a));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibitions/" + id)
        .then()
        .statusCode(200)
        .body("title.zh", equalTo("改展（修订）"))
        .header("ETag", "\"2\"");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibitions/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.action", contains("CREATE", "PUBLISH", "UPDATE"))
        .body("items[2].changes.'title.zh'.to", equalTo("改展（修订）"));
  }

  @Test
  void listsFilterByTravellingAndByTheDayShown() {
    String a = published();
    Map<String, Object> body = exhibition("流动展", List.of(a));
    body.put("travelling", true);
    body.put("startsOn", "2031-05-01");
    body.put("endsOn", "2031-05-31");
    String travelling = created(body);
    exhibitionAct(CURATOR_CHENGDU, travelling, "publish").then().statusCode(200);
    given()
        .queryParam("travelling", "true")
        .queryParam("on", "2031-05-15")
        .get("/api/exhibitions")
        .then()
        .statusCode(200)
        .body("items.id", contains(travelling));
    given()
        .queryParam("travelling", "false")
        .queryParam("on", "2031-05-15")
        .get("/api/exhibitions")
        .then()
        .body("items.id", not(hasItem(travelling)));
    given()
        .queryParam("on", "2031-06-01")
        .get("/api/exhibitions")
        .then()
        .body("items.id", not(hasItem(travelling)));
  }

  @Test
  void draftListsAreTheMuseumsOwnAndBadParametersAre400() {
    String id = created(exhibition("馆内草稿", List.of()));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .queryParam("status", "DRAFT")
        .queryParam("limit", 100)
        .get("/api/exhibitions")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    given()
        .header("Authorization", CURATOR_LESHAN)
        .queryParam("status", "DRAFT")
        .queryParam("museum", "chengdu")
        .get("/api/exhibitions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    given().queryParam("status", "DRAFT").get("/api/exhibitions").then().statusCode(401);
    for (String[] bad :
        List.of(
            new String[] {"travelling", "yes"},
            new String[] {"on", "2026-02-30"},
            new String[] {"status", "OPEN"},
            new String[] {"cursor", "garbage"})) {
      given()
          .queryParam(bad[0], bad[1])
          .get("/api/exhibitions")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void adminsCreateForANamedMuseum() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(exhibition("省馆代建", List.of()))
        .queryParam("museum", "leshan")
        .post("/api/exhibitions")
        .then()
        .statusCode(201)
        .body("museum", equalTo("leshan"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(exhibition("无馆", List.of()))
        .post("/api/exhibitions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("museum"));
  }
}
