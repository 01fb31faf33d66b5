package org.gazetteer.museums.museum;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class MuseumUpdateTest {

  private static final String CODE = "qingyang-test";

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
    MuseumsFixtures.ensureMuseum(CODE, "COUNTY", null, "510105");
  }

  /** The museum as it stands, as a request body, and its ETag. */
  private static Map<String, Object> current(String code) {
    Map<String, Object> museum =
        given().get("/api/museums/" + code).then().extract().jsonPath().getMap("");
    Map<String, Object> body = new HashMap<>();
    for (String field : new String[] {"code", "name", "kind", "parent", "division"}) {
      body.put(field, museum.get(field));
    }
    return body;
  }

  private static String etag(String code) {
    return given().get("/api/museums/" + code).then().extract().header("ETag");
  }

  private static Response put(String token, String code, String ifMatch, Map<String, Object> body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/museums/" + code);
  }

  @Test
  void curatorEditsOwnMuseumsDescription() {
    Map<String, Object> body = current("chengdu");
    body.put("address", Map.of("zh", "成都市青羊区（测试）"));
    put(CURATOR_CHENGDU, "chengdu", etag("chengdu"), body)
        .then()
        .statusCode(200)
        .body("address.zh", equalTo("成都市青羊区（测试）"));
  }

  @Test
  void curatorCannotEditAnotherMuseumOrItsStructure() {
    Map<String, Object> body = current("chengdu");
    put(CURATOR_LESHAN, "chengdu", etag("chengdu"), body).then().statusCode(403);
    body.put("division", "510104");
    put(CURATOR_CHENGDU, "chengdu", etag("chengdu"), body)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void adminChangesStructureAndVersionsAreChecked() {
    Map<String, Object> body = current(CODE);
    String tag = etag(CODE);
    body.put("division", "510106");
    put(ADMIN, CODE, null, body).then().statusCode(428);
    put(ADMIN, CODE, "\"999\"", body).then().statusCode(412);
    put(ADMIN, CODE, tag, body).then().statusCode(200).body("division", equalTo("510106"));
    put(ADMIN, CODE, tag, body).then().statusCode(412);
  }

  @Test
  void pathAndBodyMustNameTheSameMuseum() {
    Map<String, Object> body = current(CODE);
    body.put("code", "chengdu");
    put(ADMIN, CODE, etag(CODE), body)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    body.put("code", CODE);
    body.put("parent", CODE);
    put(ADMIN, CODE, etag(CODE), body)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parent"));
  }

  @Test
  void changesAreInTheMuseumsHistoryForItsInstitutionAndAdmins() {
    Map<String, Object> body = current("chengdu");
    body.put("contact", Map.of("phone", "028-87654321"));
    put(CURATOR_CHENGDU, "chengdu", etag("chengdu"), body).then().statusCode(200);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/museums/chengdu/history?limit=100")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("CREATE", "UPDATE"))
        .body("items.findAll { it.action == 'UPDATE' }.last().actor", equalTo("curator.chengdu"))
        .body(
            "items.findAll { it.action == 'UPDATE' }.last().changes.'contact.phone'.to",
            equalTo("028-87654321"));
    given()
        .header("Authorization", ADMIN)
        .get("/api/museums/chengdu/history")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/museums/chengdu/history")
        .then()
        .statusCode(403);
    given().get("/api/museums/chengdu/history").then().statusCode(401);
    given()
        .header("Authorization", ADMIN)
        .get("/api/museums/atlantis/history")
        .then()
        .statusCode(404);
  }
}
