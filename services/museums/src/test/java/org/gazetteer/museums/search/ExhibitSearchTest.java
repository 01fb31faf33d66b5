package org.gazetteer.museums.search;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR2_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.search.SearchFormsBackfill;
import org.gazetteer.common.search.SearchTable;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitSearchTest {

  /** A Latin tag unique to one test, so its query sees only its own exhibits. */
  private String tag;

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
    tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private String publish(
      String curator, String reviewer, String title, String label, String description) {
    Map<String, Object> body =
        Map.of(
            "inventoryNo", "S-" + UUID.randomUUID().toString().substring(0, 12),
            "title", Map.of("zh", title),
            "category", "ANCIENT_BOOKS",
            "workType", "GAZETTEER",
            "dating", Map.of("label", label),
            "description", Map.of("zh", description),
            "keywords", List.of(tag));
    String id = MuseumsFixtures.create(curator, body).then().statusCode(201).extract().path("id");
    act(curator, id, "submit").then().statusCode(200);
    act(reviewer, id, "approve").then().statusCode(200);
    return id;
  }

  private io.restassured.response.ValidatableResponse search(String q, String... params) {
    var request = given().queryParam("q", q + " " + tag);
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request.get("/api/exhibits").then().statusCode(200);
  }

  @Test
  void twoCharacterQueriesFindTitlesBeforeDescriptions() {
    String inTitle = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "大熊猫图志", "2022年", "图志");
    String inText = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "蜀中舆图", "清", "绘有熊猫栖息地");
    String other = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "四川扶贫志", "2021年", "脱贫攻坚");
    search("熊猫").body("items.id", contains(inTitle, inText));
    search("扶贫").body("items.id", contains(other));
    search("四川扶贫志").body("items.id", contains(other));
    search("扶贫攻坚").body("items", hasSize(0));
  }

  @Test
  void simplifiedAndTraditionalCharactersFindEachOther() {
    String simplified = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "熊猫栖息地志", "2022年", "熊猫");
    String traditional = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "巴蜀史誌", "民國", "巴蜀");
    search("熊貓").body("items.id", contains(simplified));
    search("熊猫").body("items.id", contains(simplified));
    search("巴蜀史志").body("items.id", contains(traditional));
    search("巴蜀史誌").body("items.id", contains(traditional));
    search("民国").body("items.id", contains(traditional)); // the dating label too
  }

  /** Characters whose pinyin4j reading is one syllable, for titles no other test has. */
  private static final String[][] SYLLABLES = {
    {"岷", "min", "mín"}, {"峨", "e", "é"}, {"嘉", "jia", "jiā"}, {"渝", "yu", "yú"},
    {"蓉", "rong", "róng"}, {"巫", "wu", "wū"}, {"邛", "qiong", "qióng"}, {"涪", "fu", "fú"},
    {"泸", "lu", "lú"}, {"夔", "kui", "kuí"}, {"邡", "fang", "fāng"}, {"郫", "pi", "pí"}
  };

  @Test
  void pinyinFindsTitlesInFullWithOrWithoutSpacesAndTonesAndByInitialsBelowTextMatches() {
    java.util.Random random = new java.util.Random();
    StringBuilder title = new StringBuilder();
    StringBuilder full = new StringBuilder();
    StringBuilder toned = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      String[] s = SYLLABLES[random.nextInt(SYLLABLES.length)];
      title.append(s[0]);
      full.append(s[1]);
      toned.append(s[2]).append(' ');
      initials.append(s[1].charAt(0));
    }
    String byPinyin = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, title + "志", "清", "舆图");
    // An exhibit whose own text holds the letters: a text match, ranked first.
    Map<String, Object> body =
        Map.of(
            "inventoryNo",
            "S-" + UUID.randomUUID().toString().substring(0, 12),
            "title",
            Map.of("zh", "蜀中舆图", "en", full + " atlas"),
            "category",
            "ANCIENT_BOOKS",
            "keywords",
            List.of(tag));
    String byText = MuseumsFixtures.create(CURATOR_CHENGDU, body).then().extract().path("id");
    act(CURATOR_CHENGDU, byText, "submit").then().statusCode(200);
    act(CURATOR2_CHENGDU, byText, "approve").then().statusCode(200);

    for (String q :
        List.of(full + "zhi", toned + "zhì", (toned + "Zhi").toUpperCase(), initials + "z")) {
      List<String> found =
          given()
              .queryParam("q", q)
              .get("/api/exhibits?limit=100")
              .then()
              .statusCode(200)
              .extract()
              .path("items.id");
      org.junit.jupiter.api.Assertions.assertTrue(found.contains(byPinyin), q + " finds " + title);
    }
    given()
        .queryParam("q", full.toString())
        .get("/api/exhibits?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", contains(byText, byPinyin));
  }

  @Inject AgroalDataSource dataSource;

  @Inject Instance<SearchTable> searchTables;

  @Test
  void theBackfillWritesAgainTheFormsOfRowsWhoseFormsAreStale() throws Exception {
    String id = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "巴蜀舆地志", "清", "舆地");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE exhibit SET search_a = NULL, search_b = NULL, search_c = NULL,"
              + " search_pinyin = NULL, search_forms = NULL WHERE id = '"
              + id
              + "'");
    }
    search("舆地志").body("items", hasSize(0)); // an exhibit without forms is not found
    SearchTable exhibits =
        searchTables.stream().filter(t -> t.table().equals("exhibit")).findFirst().orElseThrow();
    try (Connection c = dataSource.getConnection()) {
      assertEquals(1, SearchFormsBackfill.backfill(c, exhibits), "the one stale row");
    }
    search("輿地誌").body("items.id", contains(id));
  }

  @Test
  void draftsAreNeverFound() {
    Map<String, Object> body =
        Map.of(
            "inventoryNo",
            "S-" + UUID.randomUUID().toString().substring(0, 12),
            "title",
            Map.of("zh", "熊猫草稿"),
            "category",
            "ANCIENT_BOOKS",
            "keywords",
            List.of(tag));
    String draft =
        MuseumsFixtures.create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
    search("熊猫").body("items.id", not(hasItem(draft)));
  }

  @Test
  void filtersCombineWithTheQueryAndFacetsCountTheWholeResult() {
    String chengdu = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "成都县志", "清同治十二年", "县志");
    String leshan = publish(CURATOR_LESHAN, MuseumsFixtures.ADMIN, "嘉定县志", "民国", "县志");
    search("县志")
        .body("items.id", containsInAnyOrder(chengdu, leshan))
        .body("facets.museum.value", containsInAnyOrder("chengdu", "leshan"))
        .body("facets.museum.count", contains(1, 1))
        .body("facets.division.value", containsInAnyOrder("510100", "511100"))
        .body("facets.category[0].value", equalTo("ANCIENT_BOOKS"))
        .body("facets.category[0].count", equalTo(2));
    search("县志", "division", "511100").body("items.id", contains(leshan));
    search("县志", "division", "510000").body("items", hasSize(2));
    search("县志", "eraFrom", "1800", "eraTo", "1900").body("items.id", contains(chengdu));
    search("县志", "museum", "chengdu").body("items.id", contains(chengdu));
    search("县志", "category", "ARCHIVES").body("items", hasSize(0));
  }

  @Test
  void pagesNeitherRepeatNorSkipWhenExhibitsArrive() {
    List<String> all = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.add(publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "方志" + i, "清", "方志"));
    }
    var first = search("方志", "limit", "2").body("items", hasSize(2));
    List<String> seen = first.extract().path("items.id");
    String next = first.extract().path("next");
    publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "方志新增", "清", "方志");
    List<String> rest = new java.util.ArrayList<>(all);
    rest.removeAll(seen);
    given()
        .queryParam("q", "方志 " + tag)
        .queryParam("limit", 2)
        .queryParam("cursor", next)
        .get("/api/exhibits")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(rest.get(0)))
        .body("items.id", not(hasItem(seen.get(0))))
        .body("items.id", not(hasItem(seen.get(1))));
  }

  @Test
  void everyPageCountsTheWholeResult() {
    for (int i = 0; i < 3; i++) {
      publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "盐业志" + i, "清", "盐业");
    }
    var first = search("盐业", "limit", "2").body("items", hasSize(2));
    first.body("facets.museum.count", contains(3));
    String next = first.extract().path("next");
    search("盐业", "limit", "2", "cursor", next)
        .body("items", hasSize(1))
        .body("next", nullValue())
        .body("facets.museum.count", contains(3))
        .body("facets.workType.value", contains("GAZETTEER"));
  }

  @Test
  void filtersWithoutTextListNewestFirstWithFacets() {
    // A year before any dynasty the dating parser knows, so that only these two overlap it.
    int bce = 5000 + Math.floorMod(tag.hashCode(), 4000);
    String year = String.valueOf(-bce);
    String older = publish(CURATOR_CHENGDU, CURATOR2_CHENGDU, "某县志", "公元前" + bce + "年", "县志");
    String newer = publish(CURATOR_LESHAN, MuseumsFixtures.ADMIN, "某府志", "公元前" + bce + "年", "府志");
    var first = era(year, null).body("items.id", contains(newer));
    first.body("facets.museum.value", containsInAnyOrder("chengdu", "leshan"));
    first.body("facets.museum.count", contains(1, 1));
    era(year, first.extract().path("next"))
        .body("items.id", contains(older))
        .body("facets.museum.count", contains(1, 1));
  }

  private io.restassured.response.ValidatableResponse era(String year, String cursor) {
    var request =
        given().queryParam("eraFrom", year).queryParam("eraTo", year).queryParam("limit", 1);
    if (cursor != null) {
      request.queryParam("cursor", cursor);
    }
    return request.get("/api/exhibits").then().statusCode(200);
  }

  @Test
  void badSearchParametersAre400() {
    given().get("/api/exhibits?q=!!!").then().statusCode(400).body("errors[0].field", equalTo("q"));
    given()
        .get("/api/exhibits?q=熊猫&eraFrom=abc")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eraFrom"));
    given()
        .get("/api/exhibits?category=SPACESHIP")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"));
    given()
        .get("/api/exhibits?division=51")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("division"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits?q=熊猫&status=DRAFT")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given()
        .get("/api/exhibits?q=熊猫&eraFrom=1900&eraTo=1800")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eraTo"));
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("c1\u001fnot-a-rank\u001f" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    given()
        .queryParam("cursor", forged)
        .get("/api/exhibits?q=熊猫")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }
}
