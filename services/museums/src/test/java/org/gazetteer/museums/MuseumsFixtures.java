package org.gazetteer.museums;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokens;

/** Callers and records the museums tests share. */
public final class MuseumsFixtures {

  public static final String ADMIN = TestTokens.bearer("admin", "sichuan", "network-admin");
  public static final String CURATOR_CHENGDU =
      TestTokens.bearer("curator.chengdu", "chengdu", "curator");
  public static final String CURATOR2_CHENGDU =
      TestTokens.bearer("curator2.chengdu", "chengdu", "curator");
  public static final String CURATOR_LESHAN =
      TestTokens.bearer("curator.leshan", "leshan", "curator");
  public static final String VISITOR = TestTokens.bearer("visitor", null);

  /** The demo-data migrations, in the order Flyway applies them (see DemoMigration). */
  public static final List<String> DEMO =
      List.of(
          "/db/migration/V2__demo_data.sql",
          "/db/migration/V11__demo_register.sql",
          "/db/migration/V13__demo_image_sizes.sql");

  private MuseumsFixtures() {}

  /** Makes sure the museums the tests use exist (201 the first time, 409 after). */
  public static void ensureMuseums() {
    ensureMuseum("sichuan", "PROVINCIAL", null, "510000");
    ensureMuseum("chengdu", "CITY", null, "510100");
    ensureMuseum("leshan", "CITY", null, "511100");
  }

  public static void ensureMuseum(String code, String kind, String parent, String division) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("code", code);
    body.put("name", Map.of("zh", code + "方志馆"));
    body.put("kind", kind);
    body.put("parent", parent);
    body.put("division", division);
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(anyOf(is(201), is(409)));
  }

  /** A valid exhibit body with a fresh inventory number. */
  public static Map<String, Object> exhibit(String titleZh) {
    return Map.of(
        "inventoryNo", "T-" + UUID.randomUUID().toString().substring(0, 12),
        "title", Map.of("zh", titleZh, "en", "Test exhibit"),
        "category", "ANCIENT_BOOKS",
        "workType", "GAZETTEER",
        "dating", Map.of("label", "1958年"),
        "description", Map.of("zh", "测试用展品"),
        "keywords", java.util.List.of("测试"));
  }

  /** An exhibit body with every field of the record filled in, and a fresh census number. */
  public static Map<String, Object> fullExhibit(String titleZh) {
    Map<String, Object> body = new java.util.HashMap<>(exhibit(titleZh));
    body.put("censusNo", "5101042180" + String.format("%011d", (long) (Math.random() * 1e11)));
    body.put("material", "PAPER");
    body.put("quantity", Map.of("count", 12, "unit", "册"));
    body.put("dimensions", Map.of("lengthCm", 26.5, "widthCm", 17.25, "note", "函套另计"));
    body.put("massKg", 0.85);
    body.put("condition", "BASICALLY_COMPLETE");
    body.put("preservation", "STABLE");
    body.put("acquisition", Map.of("method", "DONATION", "date", "2023-05-12"));
    body.put("grade", "GRADE_3");
    body.put("compiler", Map.of("zh", "四川省地方志编纂委员会", "en", "Sichuan Gazetteer Office"));
    body.put("edition", "2021年版");
    body.put("divisionsCovered", java.util.List.of("510100", "511100"));
    body.put(
        "images",
        java.util.List.of(
            Map.of(
                "url",
                "https://img.example.org/fupin.jpg",
                "caption",
                Map.of("zh", "封面"),
                "licence",
                "CC_BY_4_0",
                "width",
                1200,
                "height",
                1600)));
    body.put("rights", Map.of("zh", "成都方志馆藏"));
    return body;
  }

  /** Creates {@code body} as curator.chengdu and takes it through review to PUBLISHED. */
  public static String publish(Map<String, Object> body) {
    String id = create(CURATOR_CHENGDU, body).then().statusCode(201).extract().path("id");
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(CURATOR2_CHENGDU, id, "approve").then().statusCode(200);
    return id;
  }

  public static Response create(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/exhibits");
  }

  /** Creates a draft as {@code token} and returns its id. */
  public static String draft(String token) {
    return create(token, exhibit("草稿展品")).then().statusCode(201).extract().path("id");
  }

  /**
   * A workflow action as {@code token}, with If-Match the exhibit's ETag as that caller reads it
   * (none when they cannot read it, so that the service's 403/404 shows).
   */
  public static Response act(String token, String id, String action) {
    return withEtag(token, "/api/exhibits/" + id).post("/api/exhibits/" + id + "/" + action);
  }

  /** A workflow action with a reason. */
  public static Response act(String token, String id, String action, String reason) {
    return withEtag(token, "/api/exhibits/" + id)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", reason))
        .post("/api/exhibits/" + id + "/" + action);
  }

  /** A request as {@code token} with If-Match the ETag of {@code path} as that caller reads it. */
  public static io.restassured.specification.RequestSpecification withEtag(
      String token, String path) {
    Response read = given().header("Authorization", token).get(path);
    var request = given().header("Authorization", token);
    return read.statusCode() == 200 ? request.header("If-Match", read.header("ETag")) : request;
  }

  /** A chengdu exhibit taken through review to PUBLISHED. */
  public static String published() {
    String id = draft(CURATOR_CHENGDU);
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(CURATOR2_CHENGDU, id, "approve").then().statusCode(200);
    return id;
  }
}
