package org.gazetteer.readingrooms.room;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.CHENGDU_ROOMS;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.LESHAN_ROOMS;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ROOMS;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
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
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ReadingRoomResourceTest {

  @Test
  void listsRoomsInCodeOrder() {
    List<String> codes =
        given()
            .get("/api/reading-rooms?limit=100")
            .then()
            .statusCode(200)
            .body("items.code", hasItems(ROOMS.toArray()))
            .body("next", nullValue())
            .extract()
            .path("items.code");
    assertEquals(codes.stream().sorted().toList(), codes);
  }

  @Test
  void cityDivisionIncludesItsDistricts() {
    given()
        .get("/api/reading-rooms?division=510100&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItems(CHENGDU_ROOMS.toArray()))
        .body("items.division", everyItem(startsWith("5101")))
        .body("items.code", not(hasItem(LESHAN_ROOMS.get(0))));
  }

  @Test
  void provinceDivisionIncludesEveryRoomInIt() {
    given()
        .get("/api/reading-rooms?division=510000&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItems(ROOMS.toArray()));
  }

  @Test
  void countyDivisionMatchesOnlyItself() {
    given()
        .get("/api/reading-rooms?division=511102")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tst-b01"))
        .body("items.division", everyItem(equalTo("511102")));
  }

  @Test
  void filtersByHostTypeAndInstitution() {
    given()
        .get("/api/reading-rooms?hostType=SCHOOL&division=510100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tst-a02"))
        .body("items.hostType", everyItem(equalTo("SCHOOL")))
        .body("items.division", everyItem(startsWith("5101")));
    given()
        .get("/api/reading-rooms?institution=jinniu")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("tst-a01", "tst-a02")));
  }

  @Test
  void textQueryMatchesNamesHostsAndAddresses() {
    given()
        .queryParam("q", "金牛")
        .get("/api/reading-rooms")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("tst-a01", "tst-a02")));
    given()
        .queryParam("q", "village ROOM")
        .get("/api/reading-rooms")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("tst-b01")));
    given() // traditional characters; the fixtures are SQL inserts, given their forms at start
        .queryParam("q", "金牛區")
        .get("/api/reading-rooms")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("tst-a01", "tst-a02")));
  }

  @Test
  void pinyinFindsNamesAfterTheRoomsWhoseTextHoldsItAndPagesOnBoth() {
    String code = "zz-" + ReadingRoomsFixtures.newCode(); // after tst-a02 by code
    Map<String, Object> body = ReadingRoomsFixtures.room(code, 4);
    body.put("name", Map.of("zh", "测试角", "en", "Jinniu corner"));
    ReadingRoomsFixtures.createRoom(body);
    // tst-a01's English name and the new room's hold "jinniu"; tst-a02 (金牛学校阅览室) has no
    // Latin text and is found by its name's pinyin, after both
    List<String> expected = List.of("tst-a01", code, "tst-a02");
    given()
        .queryParam("q", "jinniu")
        .get("/api/reading-rooms?division=510100&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(expected));
    List<String> paged = new ArrayList<>();
    String url = "/api/reading-rooms?q=jinniu&division=510100&limit=1";
    for (int i = 0; i <= expected.size() && url != null; i++) {
      ExtractableResponse<Response> page = given().get(url).then().statusCode(200).extract();
      paged.addAll(page.path("items.code"));
      String next = page.path("next");
      url =
          next == null
              ? null
              : "/api/reading-rooms?q=jinniu&division=510100&limit=1&cursor=" + next;
    }
    assertEquals(expected, paged);
    for (String q : List.of("jin niu xue xiao", "Jīnniú Xuéxiào", "jnxxyls")) {
      given()
          .queryParam("q", q)
          .get("/api/reading-rooms?limit=100")
          .then()
          .body("items.code", equalTo(List.of("tst-a02")));
    }
  }

  @Test
  void pagesFollowTheLinkToTheEndWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    String url = "/api/reading-rooms?division=510000&limit=2";
    while (url != null) {
      ExtractableResponse<Response> page =
          given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      List<String> codes = page.path("items.code");
      assertTrue(codes.size() <= 2, codes::toString);
      seen.addAll(codes);
      String link = page.header("Link");
      String next = page.path("next");
      assertEquals(next == null, link == null, "Link header and next agree");
      url = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
    }
    assertEquals(seen.stream().distinct().toList(), seen, "no repeats");
    assertTrue(seen.containsAll(ROOMS), seen::toString);
  }

  @Test
  void linkPointsAtTheForwardingGateway() {
    given()
        .header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "gateway.example")
        .get("/api/reading-rooms?limit=1")
        .then()
        .statusCode(200)
        .header("Link", startsWith("<https://gateway.example/api/reading-rooms?"))
        .header("Link", containsString("limit=1"))
        .header("Link", containsString("rel=\"next\""));
  }

  @Test
  void readsOneRoomWithItsVersionAsETag() {
    given()
        .get("/api/reading-rooms/tst-a01")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("code", equalTo("tst-a01"))
        .body("name.zh", equalTo("金牛社区阅览室"))
        .body("name.en", equalTo("Jinniu Community Room"))
        .body("hostType", equalTo("COMMUNITY"))
        .body("hostName.zh", equalTo("金牛区某社区"))
        .body("institution", equalTo("jinniu"))
        .body("division", equalTo("510106"))
        .body("address.zh", equalTo("成都市金牛区（测试）"))
        .body("location.lat", equalTo(30.69f))
        .body("seats", equalTo(10))
        .body("status", equalTo("ACTIVE"))
        .body("demo", equalTo(false))
        .body("updatedAt", notNullValue());
  }

  @Test
  void optionalFieldsAreAbsentAndClosedRoomsStayReadable() {
    given()
        .get("/api/reading-rooms/tst-b02")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("location", nullValue())
        .body("address", nullValue());
  }

  @Test
  void staffTokenReadsTheSameRecord() {
    given()
        .header("Authorization", STAFF_WUHOU)
        .get("/api/reading-rooms/tst-a03")
        .then()
        .statusCode(200)
        .body("institution", equalTo("wuhou"));
  }

  @Test
  void unknownRoomIs404Problem() {
    given()
        .get("/api/reading-rooms/atlantis")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"))
        .body("detail", containsString("atlantis"))
        .body("requestId", notNullValue());
  }

  @Test
  void untrustedTokenIs401EvenOnPublicReads() {
    given()
        .header("Authorization", "Bearer " + TestTokens.untrusted("mallory"))
        .get("/api/reading-rooms")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void limitOutOfRangeOrNotANumberIs400() {
    for (String limit : List.of("0", "101", "abc")) {
      given()
          .get("/api/reading-rooms?limit=" + limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/validation"))
          .body("errors[0].field", equalTo("limit"));
    }
  }

  @Test
  void foreignCursorIs400() {
    given()
        .get("/api/reading-rooms?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void malformedDivisionIs400() {
    given()
        .get("/api/reading-rooms?division=5101")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("division"));
  }

  @Test
  void unknownHostTypeIs400NamingTheValues() {
    given()
        .get("/api/reading-rooms?hostType=CASTLE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("hostType"))
        .body("errors[0].message", containsString("MILITARY_CAMP"));
  }

  @Test
  void emptyPageHasNoNextAndNoLink() {
    given()
        .get("/api/reading-rooms?division=650000")
        .then()
        .statusCode(200)
        .header("Link", nullValue())
        .body("items", hasSize(0))
        .body("next", nullValue());
  }
}
