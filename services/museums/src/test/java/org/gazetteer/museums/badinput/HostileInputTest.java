package org.gazetteer.museums.badinput;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.exhibit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazetteer.common.testing.LoopbackHttp;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.WorstCase;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker sends: the worst case for each pattern on body fields at the largest size the 1
 * MB body limit admits (each a 400 in linear time; the timeout is only a hang guard), and control
 * characters in the path and query.
 */
@QuarkusTest
@PostgresTest
class HostileInputTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  static Stream<Arguments> exhibitFields() {
    return Stream.of(
        Arguments.of("images[0].url", WorstCase.atBodyLimit("http://", 'a', " "), "images"),
        Arguments.of("images[0].url", WorstCase.atBodyLimit("http://", '/', "\t"), "images"),
        Arguments.of("images[0].url", WorstCase.atBodyLimit("/media/", 'a', " "), "images"),
        Arguments.of("images[0].url", WorstCase.atBodyLimit("/media/a", '/', "/"), "images"),
        Arguments.of("inventoryNo", WorstCase.atBodyLimit("", 'a', "!"), "inventoryNo"),
        Arguments.of("censusNo", WorstCase.atBodyLimit("5", '1', "x"), "censusNo"),
        Arguments.of(
            "divisionsCovered[0]", WorstCase.atBodyLimit("5", '1', "x"), "divisionsCovered"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exhibitFields")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theWorstCaseForEachExhibitPatternIsAQuick400(String field, String value, String key) {
    Map<String, Object> body = new HashMap<>(exhibit("恶意输入"));
    body.put(
        key,
        switch (key) {
          case "images" -> List.of(Map.of("url", value, "licence", "CC_BY_4_0"));
          case "divisionsCovered" -> List.of(value);
          default -> value;
        });
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/exhibits")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  static Stream<Arguments> museumFields() {
    return Stream.of(
        Arguments.of("code", WorstCase.atBodyLimit("a", 'a', "!")),
        Arguments.of("division", WorstCase.atBodyLimit("5", '1', "x")),
        Arguments.of("contact.phone", WorstCase.atBodyLimit("", '1', "x")),
        Arguments.of("contact.website", WorstCase.atBodyLimit("http://", 'a', " ")),
        Arguments.of("openingHours[0].opens", WorstCase.atBodyLimit("", '1', "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("museumFields")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void theWorstCaseForEachMuseumPatternIsAQuick400(String field, String value) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", "hostile-museum");
    body.put("name", Map.of("zh", "恶意方志馆"));
    body.put("kind", "CITY");
    body.put("division", "510100");
    Map<String, Object> contact = new HashMap<>(Map.of("phone", "028-1", "website", "http://a"));
    Map<String, Object> hours =
        new HashMap<>(Map.of("days", List.of("MON"), "opens", "09:00", "closes", "17:00"));
    switch (field) {
      case "contact.phone" -> contact.put("phone", value);
      case "contact.website" -> contact.put("website", value);
      case "openingHours[0].opens" -> hours.put("opens", value);
      default -> body.put(field, value);
    }
    body.put("contact", contact);
    body.put("openingHours", List.of(hours));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/museums")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  @TestHTTPResource("/")
  URI base;

  @Test
  void aBrokenPercentEncodingIsAPlain400OfTheHttpLayer() throws IOException {
    String answer =
        LoopbackHttp.exchange(
            base,
            "GET /api/exhibits?q=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    // refused by the HTTP layer before any filter runs: its plain body, never a stack trace
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertFalse(answer.contains("Exception") || answer.contains("at org."), answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/museums/%00",
        "/api/museums/chengdu%0A",
        "/api/exhibits/%1F",
        "/api/exhibits?museum=%00",
        "/api/exhibits?q=%E7%86%8A%00",
        "/api/exhibits?q=%FF%FE",
        "/api/exhibitions?museum=a%7F",
        "/api/exhibits/changes?since=%00"
      })
  void controlCharactersInThePathOrQueryAre400(String path) {
    given()
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"));
  }

  static Stream<String> tooBroad() {
    return Stream.of("熊", "a", "熊 猫 a 1", "志".repeat(101), "一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛");
  }

  @ParameterizedTest
  @MethodSource("tooBroad")
  void aSearchThatWouldScanOrRankTheWholeTableIs400(String q) {
    given()
        .queryParam("q", q)
        .get("/api/exhibits")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("q"));
  }

  static Stream<String> withinBounds() {
    return Stream.of("熊猫", "熊 猫猫", "Giant Panda", "志".repeat(100));
  }

  @ParameterizedTest
  @MethodSource("withinBounds")
  void aSearchWithinTheBoundsIsAnswered(String q) {
    given().queryParam("q", q).get("/api/exhibits").then().statusCode(200);
  }
}
