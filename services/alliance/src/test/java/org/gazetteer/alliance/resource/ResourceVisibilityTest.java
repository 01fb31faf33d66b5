package org.gazetteer.alliance.resource;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.AllianceFixtures.VISITOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each kind of caller sees of shared resources, by id and in lists: PUBLIC for everyone,
 * ALLIANCE for approved members while the owner is approved, PRIVATE for the owner, all for admins.
 */
@QuarkusTest
@AllianceTest
class ResourceVisibilityTest {

  static final String OWNER =
      TestTokens.bearer("member.tst-museum", "tst-museum", "alliance-member");
  static final String MEMBER =
      TestTokens.bearer("member.tst-branch", "tst-branch", "alliance-member");
  static final String NON_MEMBER = TestTokens.bearer("curator.elsewhere", "elsewhere", "curator");

  private static final Map<String, String> ids = new HashMap<>();

  static Map<String, Object> resource(String title, String scope) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "DIGITAL_COLLECTION");
    body.put("title", Map.of("zh", title));
    body.put("scope", scope);
    body.put("delivery", "DIGITAL");
    body.put("licence", "CC_BY_4_0");
    return body;
  }

  static String publish(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/resources")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @BeforeEach
  void resources() {
    if (!ids.isEmpty()) {
      return;
    }
    ids.put("PUBLIC", publish(OWNER, resource("公开数字馆藏", "PUBLIC")));
    ids.put("ALLIANCE", publish(OWNER, resource("联盟数字馆藏", "ALLIANCE")));
    ids.put("PRIVATE", publish(OWNER, resource("本馆数字馆藏", "PRIVATE")));
    String code = "inst-" + UUID.randomUUID().toString().substring(0, 8);
    String suspended = TestTokens.bearer("member." + code, code, "alliance-member");
    given()
        .header("Authorization", suspended)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                Map.of("zh", "将被暂停的成员"),
                "type",
                "LIBRARY",
                "division",
                "510104",
                "statement",
                "测试"))
        .post("/api/alliance/members")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", ADMIN)
        .post("/api/alliance/members/" + code + "/approve")
        .then()
        .statusCode(200);
    ids.put("SUSPENDED_ALLIANCE", publish(suspended, resource("暂停成员的联盟馆藏", "ALLIANCE")));
    ids.put("SUSPENDED_PUBLIC", publish(suspended, resource("暂停成员的公开馆藏", "PUBLIC")));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "测试暂停"))
        .post("/api/alliance/members/" + code + "/suspend")
        .then()
        .statusCode(200);
  }

  static Stream<Arguments> table() {
    // viewer, token, then whether it sees PUBLIC, ALLIANCE, PRIVATE, SUSPENDED_ALLIANCE,
    // SUSPENDED_PUBLIC
    return Stream.of(
        Arguments.of("anonymous", null, List.of(true, false, false, false, true)),
        Arguments.of("visitor", VISITOR, List.of(true, false, false, false, true)),
        Arguments.of(
            "curator of a non-member", NON_MEMBER, List.of(true, false, false, false, true)),
        Arguments.of("member", MEMBER, List.of(true, true, false, false, true)),
        Arguments.of("owner", OWNER, List.of(true, true, true, false, true)),
        Arguments.of("admin", ADMIN, List.of(true, true, true, true, true)));
  }

  private static final List<String> COLUMNS =
      List.of("PUBLIC", "ALLIANCE", "PRIVATE", "SUSPENDED_ALLIANCE", "SUSPENDED_PUBLIC");

  private static RequestSpecification as(String token) {
    RequestSpecification request = given();
    return token == null ? request : request.header("Authorization", token);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void byIdAndInListsAndSearch(String viewer, String token, List<Boolean> sees) {
    List<String> listed =
        as(token)
            .get("/api/alliance/resources?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    List<String> found =
        as(token)
            .queryParam("q", "馆藏")
            .get("/api/alliance/resources?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    List<String> foundTraditional =
        as(token)
            .queryParam("q", "館藏") // traditional characters find the same resources
            .get("/api/alliance/resources?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertEquals(found, foundTraditional, viewer + " searching in traditional characters");
    for (int i = 0; i < COLUMNS.size(); i++) {
      String id = ids.get(COLUMNS.get(i));
      boolean expected = sees.get(i);
      int status = as(token).get("/api/alliance/resources/" + id).statusCode();
      assertEquals(expected ? 200 : 404, status, viewer + " reading " + COLUMNS.get(i));
      assertEquals(expected, listed.contains(id), viewer + " listing " + COLUMNS.get(i));
      assertEquals(expected, found.contains(id), viewer + " searching " + COLUMNS.get(i));
    }
  }
}
