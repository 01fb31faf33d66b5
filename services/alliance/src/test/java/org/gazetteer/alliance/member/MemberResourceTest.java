package org.gazetteer.alliance.member;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.APPROVED;
import static org.gazetteer.alliance.AllianceFixtures.NOT_APPROVED;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.gazetteer.alliance.AllianceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@AllianceTest
class MemberResourceTest {

  @Test
  void listsApprovedMembersInCodeOrder() {
    List<String> codes =
        given()
            .get("/api/alliance/members?limit=100")
            .then()
            .statusCode(200)
            .body("items.code", hasItems(APPROVED.toArray()))
            .body("items.status", everyItem(equalTo("APPROVED")))
            .extract()
            .path("items.code");
    assertEquals(codes.stream().sorted().toList(), codes);
    assertTrue(codes.stream().noneMatch(NOT_APPROVED::contains), codes::toString);
  }

  @Test
  void cityDivisionIncludesItsDistricts() {
    given()
        .get("/api/alliance/members?division=510100&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("tst-museum", "tst-branch"))
        .body("items.division", everyItem(startsWith("5101")))
        .body("items.code", not(hasItem("tst-library")));
  }

  @Test
  void filtersByType() {
    given()
        .get("/api/alliance/members?type=LIBRARY")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tst-library"))
        .body("items.code", not(hasItem("tst-rejected")))
        .body("items.type", everyItem(equalTo("LIBRARY")));
  }

  @Test
  void pagesFollowTheLinkToTheEndWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    String url = "/api/alliance/members?limit=3";
    while (url != null) {
      ExtractableResponse<Response> page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      List<String> codes = page.path("items.code");
      assertTrue(codes.size() <= 3, codes::toString);
      seen.addAll(codes);
      String link = page.header("Link");
      assertEquals(page.path("next") == null, link == null, "Link header and next agree");
      url = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
    }
    assertEquals(seen.stream().distinct().toList(), seen, "no repeats");
    assertTrue(seen.containsAll(APPROVED), seen::toString);
  }

  @Test
  void readsOneMemberWithItsVersionAsETag() {
    given()
        .get("/api/alliance/members/tst-museum")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("code", equalTo("tst-museum"))
        .body("name.zh", equalTo("测试方志馆"))
        .body("name.en", equalTo("Test Gazetteer Museum"))
        .body("type", equalTo("MUSEUM"))
        .body("division", equalTo("510100"))
        .body("status", equalTo("APPROVED"))
        .body("demo", equalTo(false))
        .body("updatedAt", notNullValue());
  }

  @Test
  void unknownMemberIs404Problem() {
    given()
        .get("/api/alliance/members/atlantis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"))
        .body("requestId", notNullValue());
  }

  @Test
  void limitOutOfRangeOrNotANumberIs400() {
    for (String limit : List.of("0", "101", "1.5")) {
      given()
          .get("/api/alliance/members?limit=" + limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("limit"));
    }
  }

  @Test
  void foreignCursorIs400() {
    given()
        .get("/api/alliance/members?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void malformedDivisionIs400() {
    given()
        .get("/api/alliance/members?division=910000")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("division"));
  }

  @Test
  void unknownTypeOrStatusIs400NamingTheValues() {
    given()
        .get("/api/alliance/members?type=ZOO")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"))
        .body("errors[0].message", containsString("UNIVERSITY_BRANCH"));
    given()
        .get("/api/alliance/members?status=EXPELLED")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", containsString("SUSPENDED"));
  }

  @Test
  void emptyPageHasNoNextAndNoLink() {
    given()
        .get("/api/alliance/members?division=650000")
        .then()
        .statusCode(200)
        .header("Link", nullValue())
        .body("items", hasSize(0))
        .body("next", nullValue());
  }
}
