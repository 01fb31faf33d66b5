package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.gazetteer.deploy.NetworkFixtures.exhibit;
import static org.gazetteer.deploy.NetworkFixtures.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real network end to end: embedded PostgreSQL, Keycloak with the gazetteer realm, the four
 * services and the gateway as packaged jars on free ports, driven through the gateway with real
 * tokens from the password grant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.Resolver.class)
class NetworkIT {

  private String api;
  private String chengdu;
  private String chengdu2;
  private String leshan;
  private String admin;

  @BeforeEach
  void tokens(SharedNetwork network) {
    api = network.api();
    chengdu = network.bearer("curator.chengdu");
    chengdu2 = network.bearer("curator2.chengdu");
    leshan = network.bearer("curator.leshan");
    admin = network.bearer("admin");
  }

  @Test
  void anyoneReadsTheDemoMuseumsThroughTheGateway() {
    given()
        .get(api + "/museums?limit=100")
        .then()
        .statusCode(200)
        .header("X-Request-Id", notNullValue())
        .body("items.code", hasItems("sichuan", "chengdu", "leshan"))
        .body("items.find { it.code == 'chengdu' }.division", equalTo("510100"));
    given().get(api + "/museums/leshan").then().statusCode(200).header("ETag", "\"0\"");
  }

  @Test
  void curatorCreatesAnExhibitAndReadsItBack() {
    String location =
        post(api + "/exhibits", chengdu, exhibit("成都府志"))
            .then()
            .statusCode(201)
            .header("Location", startsWith(api + "/exhibits/"))
            .body("museum", equalTo("chengdu"))
            .body("status", equalTo("DRAFT"))
            .body("createdBy", equalTo("curator.chengdu"))
            .body("dating.from", equalTo(1644))
            .extract()
            .header("Location");
    String id =
        given()
            .header("Authorization", chengdu)
            .get(location)
            .then()
            .statusCode(200)
            .body("title.zh", equalTo("成都府志"))
            .extract()
            .path("id");
    given()
        .header("Authorization", chengdu)
        .get(api + "/exhibits?status=DRAFT&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void anotherInstitutionNeitherSeesNorEditsADraft() {
    String id =
        post(api + "/exhibits", chengdu, exhibit("草稿")).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", leshan)
        .get(api + "/exhibits/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get(api + "/exhibits/" + id).then().statusCode(404);
    given()
        .header("Authorization", leshan)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(exhibit("越权修改"))
        .put(api + "/exhibits/" + id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", leshan)
        .get(api + "/exhibits?status=DRAFT&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
  }

  @Test
  void missingOrBadTokensAre401() {
    post(api + "/exhibits", null, exhibit("匿名"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
    post(api + "/exhibits", "Bearer not-a-token", exhibit("伪造"))
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    String tampered = chengdu.substring(0, chengdu.length() - 4) + "AAAA";
    given().header("Authorization", tampered).get(api + "/museums").then().statusCode(401);
  }

  @Test
  void onlyAdminsRegisterMuseums() {
    Map<String, Object> museum = new HashMap<>();
    museum.put("code", "e2e-county");
    museum.put("name", Map.of("zh", "端到端县方志馆"));
    museum.put("kind", "COUNTY");
    museum.put("division", "511181");
    post(api + "/museums", chengdu, museum)
        .then()
        .statusCode(403)
        .body("type", equalTo("/problems/forbidden"));
    post(api + "/museums", admin, museum)
        .then()
        .statusCode(201)
        .header("Location", equalTo(api + "/museums/e2e-county"));
    given()
        .get(api + "/museums?division=511100")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("leshan", "e2e-county"));
  }

  @Test
  void invalidBodiesAre400WithTheirFields() {
    Map<String, Object> owned = new HashMap<>(exhibit("带馆代码"));
    owned.put("museum", "leshan");
    post(api + "/exhibits", chengdu, owned)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("museum"));
    Map<String, Object> invalid = new HashMap<>(exhibit("坏数据"));
    invalid.put("title", Map.of("zh", ""));
    post(api + "/exhibits", chengdu, invalid)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("title.zh"));
  }

  @Test
  void aSecondCuratorPublishesAndEveryoneSeesIt() {
    String id =
        post(api + "/exhibits", chengdu, exhibit("九寨沟图志"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", chengdu)
        .post(api + "/exhibits/" + id + "/submit")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", chengdu)
        .header("If-Match", "\"1\"")
        .post(api + "/exhibits/" + id + "/approve")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", chengdu2)
        .header("If-Match", "\"1\"")
        .post(api + "/exhibits/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given().get(api + "/exhibits?limit=100").then().statusCode(200).body("items.id", hasItem(id));
  }

  @Test
  void everyServiceAnswersThroughTheGateway() {
    given()
        .get(api + "/reading-rooms?division=510100")
        .then()
        .statusCode(200)
        .body("items.institution", hasItem("wuhou"));
    given().get(api + "/events").then().statusCode(200);
    given()
        .get(api + "/alliance/members")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("sichuan", "chengdu", "leshan"));
  }
}
