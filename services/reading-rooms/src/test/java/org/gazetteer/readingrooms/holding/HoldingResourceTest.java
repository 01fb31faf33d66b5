package org.gazetteer.readingrooms.holding;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_JINNIU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** Holdings: public to read, edited by the room's own staff with If-Match. */
@QuarkusTest
@PostgresTest
class HoldingResourceTest {

  private static Map<String, Object> holding(String title, int copies) {
    return Map.of(
        "title",
        Map.of("zh", title, "en", "Sichuan Poverty Alleviation Gazetteer"),
        "workType",
        "GAZETTEER",
        "editionYear",
        2022,
        "copies",
        copies,
        "shelfMark",
        "K29/001");
  }

  private static String path(String room) {
    return "/api/reading-rooms/" + room + "/holdings";
  }

  @Test
  void staffAddReadUpdateAndRemoveAHolding() {
    String room = ReadingRoomsFixtures.createRoom(5);
    String location =
        post(STAFF_WUHOU, path(room), holding("《四川扶贫志》", 2))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("title.zh", equalTo("四川扶贫志"))
            .body("room", equalTo(room))
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    given()
        .get(path(room) + "/" + id)
        .then()
        .statusCode(200)
        .body("copies", equalTo(2))
        .body("editionYear", equalTo(2022))
        .body("shelfMark", equalTo("K29/001"));
    given()
        .header("Authorization", STAFF_WUHOU)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(holding("四川扶贫志", 3))
        .put(path(room) + "/" + id)
        .then()
        .statusCode(200)
        .body("copies", equalTo(3))
        .header("ETag", "\"1\"");
    given()
        .header("Authorization", STAFF_WUHOU)
        .header("If-Match", "\"0\"")
        .delete(path(room) + "/" + id)
        .then()
        .statusCode(412);
    given()
        .header("Authorization", STAFF_WUHOU)
        .header("If-Match", "\"1\"")
        .delete(path(room) + "/" + id)
        .then()
        .statusCode(204);
    given().get(path(room) + "/" + id).then().statusCode(404);
  }

  @Test
  void holdingsAreListedByTitle() {
    String room = ReadingRoomsFixtures.createRoom(5);
    post(STAFF_WUHOU, path(room), holding("巴蜀史志", 1)).then().statusCode(201);
    post(STAFF_WUHOU, path(room), holding("九寨沟图志", 1)).then().statusCode(201);
    given()
        .get(path(room) + "?limit=1")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .header("Link", org.hamcrest.Matchers.containsString("cursor="));
    given()
        .get(path(room))
        .then()
        .statusCode(200)
        .body("items.title.zh", contains("九寨沟图志", "巴蜀史志"));
  }

  @Test
  void staffOfAnotherInstitutionAndVisitorsCannotEdit() {
    String room = ReadingRoomsFixtures.createRoom(5);
    post(STAFF_JINNIU, path(room), holding("巴蜀史志", 1))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    post(newVisitor(), path(room), holding("巴蜀史志", 1)).then().statusCode(403);
  }

  @Test
  void invalidHoldingIs400AndUnknownRoom404() {
    String room = ReadingRoomsFixtures.createRoom(5);
    post(
            STAFF_WUHOU,
            path(room),
            Map.of("title", Map.of("zh", "巴蜀史志"), "workType", "BOOK", "copies", 1))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("workType"));
    post(
            STAFF_WUHOU,
            path(room),
            Map.of("title", Map.of("zh", "巴蜀史志"), "workType", "JOURNAL", "copies", 0))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("copies"));
    given().get(path("atlantis")).then().statusCode(404);
  }
}
