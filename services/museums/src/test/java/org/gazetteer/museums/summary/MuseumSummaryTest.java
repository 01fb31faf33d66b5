package org.gazetteer.museums.summary;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.published;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public summary counts what the register holds now, read anonymously. */
@QuarkusTest
@PostgresTest
class MuseumSummaryTest {

  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void anonymousCallersReadEveryCount() {
    JsonPath summary =
        given()
            .get("/api/museums/summary")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    assertEquals(
        Set.of("museums", "universityBranches", "publishedExhibits", "exhibitions"),
        summary.getMap("").keySet());
    given().get("/api/museums/chengdu").then().statusCode(200).body("code", equalTo("chengdu"));
  }

  @Test
  void aPublishedExhibitCountsADraftDoesNot() {
    long before = count("publishedExhibits");
    draft(CURATOR_CHENGDU);
    assertEquals(before, count("publishedExhibits"));
    published();
    assertEquals(before + 1, count("publishedExhibits"));
  }

  @Test
  void activeMuseumsCountWithTheirBranchesClosedOnesDoNot() throws SQLException {
    long museums = count("museums");
    long branches = count("universityBranches");
    String city = "sum-" + UUID.randomUUID().toString().substring(0, 8);
    MuseumsFixtures.ensureMuseum(city, "CITY", null, "510100");
    String branch = "sum-" + UUID.randomUUID().toString().substring(0, 8);
    MuseumsFixtures.ensureMuseum(branch, "UNIVERSITY_BRANCH", "sichuan", "510107");
    assertEquals(List.of(museums + 2, branches + 1), counts("museums", "universityBranches"));
    close(city);
    close(branch);
    assertEquals(List.of(museums, branches), counts("museums", "universityBranches"));
  }

  @Test
  void aPublishedExhibitionCountsADraftDoesNot() {
    long before = count("exhibitions");
    String id =
        given()
            .header("Authorization", CURATOR_CHENGDU)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    Map.of("zh", "统计展览"),
                    "startsOn",
                    "2026-12-01",
                    "endsOn",
                    "2027-03-31",
                    "travelling",
                    false,
                    "exhibits",
                    List.of(published())))
            .post("/api/exhibitions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(before, count("exhibitions"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .post("/api/exhibitions/" + id + "/publish")
        .then()
        .statusCode(200);
    assertEquals(before + 1, count("exhibitions"));
  }

  private static long count(String field) {
    return counts(field).get(0);
  }

  private static List<Long> counts(String... fields) {
    JsonPath summary =
        given().get("/api/museums/summary").then().statusCode(200).extract().jsonPath();
    return Arrays.stream(fields).map(summary::getLong).toList();
  }

  /** Closes a museum the way an admin's maintenance would: the API has no closing yet. */
  private void close(String code) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("UPDATE museum SET status = 'CLOSED' WHERE code = ?")) {
      update.setString(1, code);
      assertEquals(1, update.executeUpdate());
    }
  }
}
