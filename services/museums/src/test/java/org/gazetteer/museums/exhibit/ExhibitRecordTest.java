package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.create;
import static org.gazetteer.museums.MuseumsFixtures.fullExhibit;
import static org.gazetteer.museums.MuseumsFixtures.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The full national movable-heritage record and gazetteer fields of an exhibit. */
@QuarkusTest
@PostgresTest
class ExhibitRecordTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void everyFieldIsStoredAndReadBack() {
    Map<String, Object> body = fullExhibit("四川扶贫志（全记录）");
    String id = create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(200)
        .body("censusNo", equalTo(body.get("censusNo")))
        .body("material", equalTo("PAPER"))
        .body("quantity.count", equalTo(12))
        .body("quantity.unit", equalTo("册"))
        .body("dimensions.lengthCm", equalTo(26.5f))
        .body("dimensions.widthCm", equalTo(17.25f))
        .body("dimensions.heightCm", nullValue())
        .body("dimensions.note", equalTo("函套另计"))
        .body("massKg", equalTo(0.85f))
        .body("condition", equalTo("BASICALLY_COMPLETE"))
        .body("preservation", equalTo("STABLE"))
        .body("acquisition.method", equalTo("DONATION"))
        .body("acquisition.date", equalTo("2023-05-12"))
        .body("grade", equalTo("GRADE_3"))
        .body("compiler.zh", equalTo("四川省地方志编纂委员会"))
        .body("edition", equalTo("2021年版"))
        .body("divisionsCovered", contains("510100", "511100"))
        .body("images[0].url", equalTo("https://img.example.org/fupin.jpg"))
        .body("images[0].caption.zh", equalTo("封面"))
        .body("images[0].licence", equalTo("CC_BY_4_0"))
        .body("images[0].width", equalTo(1200))
        .body("images[0].height", equalTo(1600))
        .body("rights.zh", equalTo("成都方志馆藏"));
  }

  @Test
  void aMinimalRecordLeavesTheOptionalFieldsEmpty() {
    create(CURATOR_CHENGDU, MuseumsFixtures.exhibit("只有必填项"))
        .then()
        .statusCode(201)
        .body("censusNo", nullValue())
        .body("quantity", nullValue())
        .body("dimensions", nullValue())
        .body("images.size()", equalTo(0))
        .body("divisionsCovered.size()", equalTo(0));
  }

  @Test
  void censusNumberIsUniqueAcrossTheNetwork() {
    Map<String, Object> first = fullExhibit("普查号一");
    create(CURATOR_CHENGDU, first).then().statusCode(201);
    Map<String, Object> second = fullExhibit("普查号二");
    second.put("censusNo", first.get("censusNo"));
    create(CURATOR_LESHAN, second)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString((String) first.get("censusNo")));
  }

  @Test
  void malformedRecordFieldsAre400WithTheirPaths() {
    assertRejected("censusNo", "51010421800000000001");
    assertRejected("censusNo", "0101042180000000000123");
    assertRejected("material", "UNOBTAINIUM");
    assertRejected("grade", "GRADE_0");
    assertRejected("massKg", -1);
    assertRejected("quantity", Map.of("count", 0, "unit", "册"), "quantity.count");
    assertRejected("dimensions", Map.of("lengthCm", -3), "dimensions.lengthCm");
    assertRejected(
        "acquisition",
        Map.of("method", "PURCHASE", "date", LocalDate.now().plusDays(2).toString()),
        "acquisition.date");
    assertRejected("acquisition", Map.of("date", "2020-01-01"), "acquisition.method");
    assertRejected("divisionsCovered", List.of("51010"), "divisionsCovered[0]");
    assertRejected(
        "images",
        List.of(Map.of("url", "javascript:alert(1)", "licence", "CC0_1_0")),
        "images[0].url");
    assertRejected(
        "images",
        List.of(Map.of("url", "https://img.example.org/a.jpg", "licence", "FREE")),
        "images[0].licence");
  }

  @Test
  void vocabulariesListEveryControlledField() {
    given()
        .get("/api/exhibits/vocabularies")
        .then()
        .statusCode(200)
        .body("material.code", hasItems("PAPER", "COMPOSITE"))
        .body("grade.find { it.code == 'GRADE_1' }.zh", equalTo("一级文物"))
        .body("condition.code", hasItem("SEVERELY_INCOMPLETE"))
        .body("preservation.code", hasItem("URGENT_REPAIR"))
        .body("acquisitionMethod.find { it.code == 'DONATION' }.zh", equalTo("接受捐赠"))
        .body("licence.code", hasItems("CC0_1_0", "IN_COPYRIGHT"));
  }

  @Test
  void compilerIsSearchableAndGradeAndCoversFilter() {
    String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Map<String, Object> body = fullExhibit("三江口志");
    body.put("keywords", List.of(tag));
    body.put("compiler", Map.of("zh", "乐山市沙湾区志办"));
    String id = publish(body);
    given()
        .queryParam("q", "沙湾 " + tag)
        .get("/api/exhibits")
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
    given()
        .queryParam("q", tag)
        .queryParam("grade", "GRADE_3")
        .queryParam("covers", "511100")
        .get("/api/exhibits")
        .then()
        .body("items.id", contains(id));
    given()
        .queryParam("q", tag)
        .queryParam("grade", "GRADE_1")
        .get("/api/exhibits")
        .then()
        .body("items.size()", equalTo(0));
    given()
        .queryParam("q", tag)
        .queryParam("covers", "511300")
        .get("/api/exhibits")
        .then()
        .body("items.size()", equalTo(0));
  }

  @Test
  void changesToRecordFieldsAreAudited() {
    Map<String, Object> body = fullExhibit("审计全记录");
    var created = create(CURATOR_CHENGDU, body).then().statusCode(201).extract();
    String id = created.path("id");
    body.put("grade", "GRADE_2");
    body.put("dimensions", Map.of("lengthCm", 26.50, "widthCm", 17.25, "note", "函套另计"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("If-Match", created.header("ETag"))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/exhibits/" + id)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[1].changes.grade.from", equalTo("GRADE_3"))
        .body("items[1].changes.grade.to", equalTo("GRADE_2"))
        .body("items[1].changes", not(hasKey("dimensions.lengthCm")));
  }

  private static void assertRejected(String field, Object value) {
    assertRejected(field, value, field);
  }

  private static void assertRejected(String field, Object value, String path) {
    Map<String, Object> body = new HashMap<>(fullExhibit("无效字段"));
    body.put(field, value);
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(path));
  }
}
