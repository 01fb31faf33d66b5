package org.gazetteer.alliance.stats;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.AllianceFixtures.MEMBER_LESHAN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.common.time.Clocks;
import org.junit.jupiter.api.Test;

/**
 * The alliance's statistics count what its tables hold, and the network's figures degrade source by
 * source: museums answers, the reading rooms are too slow, events is stopped ({@link
 * org.gazetteer.alliance.UpstreamStubs}).
 */
@QuarkusTest
@AllianceTest
class StatsTest {

  private static JsonPath stats() {
    return given()
        .header("Authorization", ADMIN)
        .get("/api/alliance/stats")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long count(JsonPath stats, String path) {
    return stats.getLong(path);
  }

  @Test
  void theCountsFollowMembersResourcesAndRequests() {
    String month = YearMonth.now(Clocks.NETWORK_ZONE).toString();
    JsonPath before = stats();

    String code = "inst-" + UUID.randomUUID().toString().substring(0, 8);
    String token = TestTokens.bearer("member." + code, code, "alliance-member");
    given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", Map.of("zh", "统计测试档案馆"),
                "type", "ARCHIVE",
                "division", "511102",
                "statement", "统计"))
        .post("/api/alliance/members")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", ADMIN)
        .post("/api/alliance/members/" + code + "/approve")
        .then()
        .statusCode(200);
    String resource =
        given()
            .header("Authorization", token)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind", "EXPERT",
                    "title", Map.of("zh", "统计测试专家"),
                    "scope", "ALLIANCE",
                    "delivery", "SERVICE"))
            .post("/api/alliance/resources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String day = java.time.LocalDate.now(Clocks.NETWORK_ZONE).toString();
    String request =
        given()
            .header(
                "Authorization",
                TestTokens.bearer("member.tst-museum", "tst-museum", "alliance-member"))
            .contentType(ContentType.JSON)
            .body(Map.of("resource", resource, "purpose", "讲座", "from", day, "to", day))
            .post("/api/alliance/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/alliance/requests/" + request + "/approve")
        .then()
        .statusCode(200);

    JsonPath after = stats();
    for (String path :
        new String[] {
          "members.byStatus.APPROVED",
          "members.byType.ARCHIVE",
          "resources.byKind.EXPERT",
          "resources.byScope.ALLIANCE",
          "requests.byStatus.APPROVED",
          "requests.byMonth[11].total",
          "requests.byMonth[11].byStatus.APPROVED",
          "requests.approved"
        }) {
      assertEquals(count(before, path) + 1, count(after, path), path);
    }
    assertEquals(month, after.getString("requests.byMonth[11].month"));
    assertEquals(
        count(before, "members.byDivision.find { it.division == '511100' }.members") + 1,
        count(after, "members.byDivision.find { it.division == '511100' }.members"));
    assertEquals(
        "乐山市", after.getString("members.byDivision.find { it.division == '511100' }.name"));
    assertEquals(0L, count(after, "members.byType.OTHER") - count(before, "members.byType.OTHER"));
  }

  @Test
  void aFailedOrSlowSourceIsNamedAndTheRestIsAnswered() {
    given()
        .header("Authorization", ADMIN)
        .get("/api/alliance/stats")
        .then()
        .statusCode(200)
        .body("network.museums.museums", equalTo(44))
        .body("network.museums.publishedExhibits", equalTo(52))
        .body("network.readingRooms", nullValue())
        .body("network.events", nullValue())
        .body("sources.source", contains("museums", "reading-rooms", "events"))
        .body("sources.ok", contains(true, false, false))
        .body("sources[0].problem", nullValue())
        .body("sources[1].problem", equalTo("no answer in time"))
        .body("sources[2].problem", equalTo("unreachable: connection refused"))
        .body("members.byStatus.APPROVED", notNullValue())
        .body("requests.byMonth", hasSize(StatsService.MONTHS));
  }

  @Test
  void onlyAdminsReadTheStatistics() {
    given().get("/api/alliance/stats").then().statusCode(401);
    given()
        .header("Authorization", MEMBER_LESHAN)
        .get("/api/alliance/stats")
        .then()
        .statusCode(403);
  }
}
