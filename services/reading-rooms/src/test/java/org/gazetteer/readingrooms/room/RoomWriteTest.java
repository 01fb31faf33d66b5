package org.gazetteer.readingrooms.room;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_JINNIU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.STAFF_WUHOU;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newCode;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.post;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.room;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/** Registering and editing rooms: staff of the institution and admins, with If-Match. */
@QuarkusTest
@PostgresTest
class RoomWriteTest {

  private static Response put(String token, String code, String ifMatch, Map<String, Object> body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/reading-rooms/" + code);
  }

  @Test
  void staffRegisterARoomOfTheirInstitutionWithEveryField() {
    String code = newCode();
    Map<String, Object> body = room(code, 24);
    body.put("address", Map.of("zh", "武侯区（测试地址）"));
    body.put("facilities", List.of("WIFI", "ACCESSIBLE"));
    body.put(
        "closures",
        List.of(Map.of("from", "2027-02-05", "to", "2027-02-11", "reason", Map.of("zh", "春节"))));
    body.remove("slotMinutes");
    post(STAFF_WUHOU, "/api/reading-rooms", body)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/reading-rooms/" + code))
        .header("ETag", "\"0\"")
        .body("institution", equalTo("wuhou"))
        .body("status", equalTo("ACTIVE"))
        .body("slotMinutes", equalTo(120))
        .body("facilities", hasItems("WIFI", "ACCESSIBLE"))
        .body("openingHours[0].closes", equalTo("24:00"))
        .body("closures[0].reason.zh", equalTo("春节"));
    given().get("/api/reading-rooms/" + code).then().statusCode(200).body("seats", equalTo(24));
  }

  @Test
  void staffCannotRegisterForAnotherInstitution() {
    post(STAFF_WUHOU, "/api/reading-rooms?institution=jinniu", room(newCode(), 5))
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void otherRolesAndVisitorsCannotRegister() {
    post(CURATOR_CHENGDU, "/api/reading-rooms", room(newCode(), 5)).then().statusCode(403);
    post(newVisitor(), "/api/reading-rooms", room(newCode(), 5)).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(room(newCode(), 5))
        .post("/api/reading-rooms")
        .then()
        .statusCode(401);
  }

  @Test
  void adminsNameTheInstitution() {
    post(ADMIN, "/api/reading-rooms", room(newCode(), 5))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("institution"));
    post(ADMIN, "/api/reading-rooms?institution=jinniu", room(newCode(), 5))
        .then()
        .statusCode(201)
        .body("institution", equalTo("jinniu"));
  }

  @Test
  void takenCodeIs409() {
    String code = ReadingRoomsFixtures.createRoom(room(newCode(), 5));
    post(STAFF_WUHOU, "/api/reading-rooms", room(code, 5)).then().statusCode(409);
  }

  @Test
  void aCodeThePathsUseIs400() {
    for (String word : new String[] {"summary", "vocabularies"}) {
      post(STAFF_WUHOU, "/api/reading-rooms", room(word, 5))
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("code"));
    }
    given().get("/api/reading-rooms/summary").then().statusCode(200).body("rooms", notNullValue());
  }

  @Test
  void ownershipFieldsInTheBodyAre400() {
    Map<String, Object> body = room(newCode(), 5);
    body.put("institution", "jinniu");
    post(STAFF_WUHOU, "/api/reading-rooms", body)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("institution"));
  }

  @Test
  void staffUpdateTheirRoomWithIfMatch() {
    String code = ReadingRoomsFixtures.createRoom(5);
    Map<String, Object> body = room(code, 12);
    put(STAFF_WUHOU, code, "\"0\"", body)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("seats", equalTo(12));
    put(STAFF_WUHOU, code, "\"0\"", body).then().statusCode(412);
    put(STAFF_WUHOU, code, null, body).then().statusCode(428);
  }

  @Test
  void staffOfAnotherInstitutionCannotUpdate() {
    String code = ReadingRoomsFixtures.createRoom(5);
    put(STAFF_JINNIU, code, "\"0\"", room(code, 7))
        .then()
        .statusCode(403)
        .body("detail", containsString("another institution"));
  }

  @Test
  void updateOfAMissingRoomIs404AndAnotherCodeIs400() {
    put(ADMIN, "atlantis", "\"0\"", room("atlantis", 5)).then().statusCode(404);
    String code = ReadingRoomsFixtures.createRoom(5);
    put(ADMIN, code, "\"0\"", room(newCode(), 5))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
  }

  @Test
  void vocabulariesListHostTypesFacilitiesAndWorkTypes() {
    given()
        .get("/api/reading-rooms/vocabularies")
        .then()
        .statusCode(200)
        .body("hostType.code", hasItems("AGENCY", "MILITARY_CAMP", "LIBRARY"))
        .body("facility.code", hasItems("WIFI"))
        .body("workType.find { it.code == 'YEARBOOK' }.zh", equalTo("年鉴"));
  }
}
