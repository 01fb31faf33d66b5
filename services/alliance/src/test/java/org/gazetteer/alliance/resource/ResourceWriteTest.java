package org.gazetteer.alliance.resource;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.MEMBER;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.NON_MEMBER;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.OWNER;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.publish;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.resource;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Only approved members publish and change their resources; bad bodies are 400. */
@QuarkusTest
@AllianceTest
class ResourceWriteTest {

  private static Response post(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/resources");
  }

  @Test
  void aMemberPublishesAPhysicalResourceWithItsQuantityAndWindows() {
    Map<String, Object> body = resource("可借展品：清代县志", "ALLIANCE");
    body.put("kind", "EXHIBIT_FOR_LOAN");
    body.put("delivery", "PHYSICAL");
    body.put("quantity", 2);
    body.put("terms", Map.of("zh", "仅限阅览室内使用，不得复制"));
    body.put("availability", List.of(Map.of("from", "2027-01-01", "to", "2027-06-30")));
    post(OWNER, body)
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("owner", equalTo("tst-museum"))
        .body("quantity", equalTo(2))
        .body("availability[0].to", equalTo("2027-06-30"))
        .body("licence", equalTo("CC_BY_4_0"));
  }

  @Test
  void onlyApprovedMembersPublish() {
    Map<String, Object> body = resource("越权发布", "PUBLIC");
    post(NON_MEMBER, body).then().statusCode(403);
    post(ADMIN, body).then().statusCode(403);
    post(TestTokens.bearer("member.tst-suspended", "tst-suspended", "alliance-member"), body)
        .then()
        .statusCode(403);
    post(TestTokens.bearer("member.tst-applied", "tst-applied", "alliance-member"), body)
        .then()
        .statusCode(403);
    post(TestTokens.bearer("staff.tst-museum", "tst-museum", "reading-room-staff"), body)
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/resources")
        .then()
        .statusCode(401);
  }

  @Test
  void badBodiesAre400() {
    Map<String, Object> physical = resource("缺数量", "PUBLIC");
    physical.put("delivery", "PHYSICAL");
    post(OWNER, physical).then().statusCode(400).body("errors.field", hasItem("quantity"));
    Map<String, Object> digital = resource("多余数量", "PUBLIC");
    digital.put("quantity", 3);
    post(OWNER, digital).then().statusCode(400).body("errors.field", hasItem("quantity"));
    Map<String, Object> backwards = resource("倒序时段", "PUBLIC");
    backwards.put("availability", List.of(Map.of("from", "2027-06-30", "to", "2027-01-01")));
    post(OWNER, backwards)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("availability[0].to"));
    Map<String, Object> unknown = resource("未知类别", "WORLD");
    post(OWNER, unknown).then().statusCode(400);
    Map<String, Object> licence = resource("未知许可", "PUBLIC");
    licence.put("licence", "WTFPL");
    post(OWNER, licence).then().statusCode(400);
  }

  @Test
  void onlyTheOwnerChangesItWithIfMatch() {
    String id = publish(OWNER, resource("待修改资源", "PUBLIC"));
    Map<String, Object> changed = resource("已修改资源", "ALLIANCE");
    String path = "/api/alliance/resources/" + id;
    given()
        .header("Authorization", OWNER)
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(428);
    given()
        .header("Authorization", MEMBER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", OWNER)
        .header("If-Match", "\"9\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", OWNER)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(changed)
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("scope", equalTo("ALLIANCE"))
        .body("title.zh", equalTo("已修改资源"));
  }
}
