package org.gazetteer.museums.museum;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class MuseumResourceTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  private static Map<String, Object> museum(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", Map.of("zh", "测试方志馆", "en", "Test museum"));
    body.put("kind", "COUNTY");
    body.put("division", "510107");
    body.put("location", Map.of("lat", 30.64, "lon", 104.04));
    body.put(
        "openingHours",
        List.of(Map.of("days", List.of("TUE", "WED"), "opens", "09:00", "closes", "17:00")));
    body.put("contact", Map.of("phone", "028-12345678", "website", "https://example.org"));
    return body;
  }

  @Test
  void adminRegistersMuseumAndAnyoneReadsItBack() {
    String location =
        given()
            .header("Authorization", ADMIN)
            .contentType(ContentType.JSON)
            .body(museum("wuhou-test"))
            .post("/api/museums")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("code", equalTo("wuhou-test"))
            .body("status", equalTo("ACTIVE"))
            .extract()
            .header("Location");

    given()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name.zh", equalTo("测试方志馆"))
        .body("location.lat", equalTo(30.64f))
        .body("openingHours[0].days", hasItems("TUE", "WED"))
        .body("openingHours[0].opens", equalTo("09:00"))
        .body("contact.website", equalTo("https://example.org"))
        .body("demo", equalTo(false));
  }

  @Test
  void curatorCannotRegisterMuseum() {
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType(ContentType.JSON)
        .body(museum("not-allowed"))
        .post("/api/museums")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"));
  }

  @Test
  void registeringWithoutTokenIs401() {
    given()
        .contentType(ContentType.JSON)
        .body(museum("anonymous"))
        .post("/api/museums")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
  }

  @Test
  void untrustedTokenIs401EvenOnPublicReads() {
    given()
        .header("Authorization", "Bearer " + TestTokens.untrusted("mallory"))
        .get("/api/museums")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }

  @Test
  void duplicateCodeIs409() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(museum("chengdu"))
        .post("/api/museums")
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/conflict"));
  }

  @Test
  void invalidBodyNamesEachField() {
    Map<String, Object> body = museum("Bad Code");
    body.put("name", Map.of("en", "no Chinese name"));
    body.put("division", "5101");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItems("code", "name.zh", "division"));
  }

  @Test
  void aMalformedOpeningTimeIsOneErrorNotTwo() {
    Map<String, Object> body =
        museum("hours-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    body.put(
        "openingHours",
        List.of(Map.of("days", List.of("TUE"), "opens", "9:00", "closes", "17:00")));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .body("errors.field", contains("openingHours[0].opens"));
  }

  @Test
  void listsLongerThanTheSchemaStatesAre400() {
    Map<String, Object> hours = Map.of("days", List.of("TUE"), "opens", "09:00", "closes", "17:00");
    Map<String, Object> body =
        museum("long-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    body.put("openingHours", Collections.nCopies(51, hours));
    postAsAdmin(body).then().statusCode(400).body("errors.field", contains("openingHours"));
    List<String> eightDays = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "MON");
    body.put(
        "openingHours", List.of(Map.of("days", eightDays, "opens", "09:00", "closes", "17:00")));
    postAsAdmin(body).then().statusCode(400).body("errors.field", contains("openingHours[0].days"));
  }

  private static Response postAsAdmin(Map<String, Object> body) {
    return given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums");
  }

  @Test
  void ownershipAndUnknownFieldsAre400() {
    Map<String, Object> body = museum("with-status");
    body.put("status", "CLOSED");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given().get("/api/museums/with-status").then().statusCode(404);
  }

  @Test
  void wrongTypeAndMalformedJsonAre400() {
    Map<String, Object> body = museum("bad-kind");
    body.put("kind", "CASTLE");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", containsString("UNIVERSITY_BRANCH"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body("{\"code\": ")
        .post("/api/museums")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void branchNeedsAnExistingParent() {
    Map<String, Object> body = museum("branch-test");
    body.put("kind", "UNIVERSITY_BRANCH");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parent"));
    body.put("parent", "atlantis");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(422)
        .body("type", equalTo("/problems/unprocessable"));
    body.put("parent", "sichuan");
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(201)
        .body("parent", equalTo("sichuan"));
  }

  @Test
  void unknownMuseumIs404Problem() {
    given()
        .get("/api/museums/atlantis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"))
        .body("requestId", notNullValue());
  }

  @Test
  void cityDivisionIncludesItsCounties() {
    given()
        .get("/api/museums?division=510100&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("chengdu"))
        .body("items.division", everyItem(startsWith("5101")))
        .body("items.code", not(hasItem("leshan")));
  }

  @Test
  void aCodeThePathsUseIs400() {
    for (String word : new String[] {"summary", "vocabularies"}) {
      given()
          .header("Authorization", ADMIN)
          .contentType(ContentType.JSON)
          .body(museum(word))
          .post("/api/museums")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("code"));
    }
  }

  @Test
  void textFindsMuseumsByEitherName() {
    Map<String, Object> body = museum("qingcheng-test");
    body.put("name", Map.of("zh", "青城山道教方志馆", "en", "Qingchengshan Taoist Museum"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(201);
    given()
        .queryParam("q", "青城山")
        .get("/api/museums?limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("qingcheng-test"))
        .body("items.name.zh", everyItem(org.hamcrest.Matchers.containsString("青城山")));
    given()
        .queryParam("q", "QINGCHENGSHAN taoist")
        .get("/api/museums?limit=100")
        .then()
        .body("items.code", hasItem("qingcheng-test"));
    given().queryParam("q", "亚特兰蒂斯").get("/api/museums").then().body("items", hasSize(0));
    given()
        .queryParam("q", "长".repeat(101))
        .get("/api/museums")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void traditionalCharactersAndPinyinFindNamesPinyinMatchesAfterNameMatches() {
    register("emei-test", "峨眉山道教方志馆", "Emeishan Taoist Museum");
    register("a-emei-test", "峨眉方志馆", null); // before emei-test by code
    given()
        .queryParam("q", "峨眉山道教方誌館")
        .get("/api/museums?limit=100")
        .then()
        .body("items.code", contains("emei-test"));
    for (String pinyin : List.of("e mei shan dao jiao", "Émeishān", "emsdjfzg")) {
      given()
          .queryParam("q", pinyin)
          .get("/api/museums?limit=100")
          .then()
          .statusCode(200)
          .body("items.code", contains("emei-test"));
    }
    // "emei" is in the English name of one and in the pinyin of both: the name match first
    given()
        .queryParam("q", "emei")
        .get("/api/museums?limit=100")
        .then()
        .body("items.code", contains("emei-test", "a-emei-test"));
    String next =
        given()
            .queryParam("q", "emei")
            .get("/api/museums?limit=1")
            .then()
            .body("items.code", contains("emei-test"))
            .extract()
            .path("next");
    given()
        .queryParam("q", "emei")
        .queryParam("cursor", next)
        .get("/api/museums?limit=1")
        .then()
        .body("items.code", contains("a-emei-test"));
    given() // a cursor whose first key is no match class
        .queryParam("q", "emei")
        .queryParam("cursor", org.gazetteer.common.paging.Cursor.of("2", "emei-test").encode())
        .get("/api/museums")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cursor"));
  }

  private void register(String code, String zh, String en) {
    Map<String, Object> body = museum(code);
    Map<String, String> name = new java.util.HashMap<>();
    name.put("zh", zh);
    if (en != null) {
      name.put("en", en);
    }
    body.put("name", name);
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(201);
  }

  @Test
  void pagesFollowTheCursorWithoutRepeats() {
    var first =
        given().get("/api/museums?limit=1").then().statusCode(200).body("items", hasSize(1));
    String next = first.extract().path("next");
    String link = first.extract().header("Link");
    String firstCode = first.extract().path("items[0].code");
    org.junit.jupiter.api.Assertions.assertTrue(link.contains("rel=\"next\""), link);
    given()
        .queryParam("limit", 1)
        .queryParam("cursor", next)
        .get("/api/museums")
        .then()
        .statusCode(200)
        .body("items[0].code", not(equalTo(firstCode)));
  }

  @Test
  void badLimitAndCursorAre400() {
    given()
        .get("/api/museums?limit=abc")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .get("/api/museums?limit=101")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .get("/api/museums?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .get("/api/museums?division=abc")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("division"));
  }

  @Test
  void lastPageHasNoNext() {
    given().get("/api/museums?limit=100").then().statusCode(200).body("next", nullValue());
  }
}
