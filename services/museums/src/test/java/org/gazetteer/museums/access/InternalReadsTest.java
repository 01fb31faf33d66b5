package org.gazetteer.museums.access;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read of internal museums data by the five kinds of caller docs/identity-and-access.md tells
 * apart: a curator of the museum, a login of the same institution without the curator role, a
 * curator of another museum, an anonymous caller and a network admin.
 */
@QuarkusTest
@PostgresTest
class InternalReadsTest {

  static final String ORGANIZER_CHENGDU =
      TestTokens.bearer("organizer.chengdu", "chengdu", "event-organizer");

  private static final Consumer<ValidatableResponse> PROBLEM =
      r -> r.contentType("application/problem+json");
  private static final Consumer<ValidatableResponse> EMPTY = r -> r.body("items", hasSize(0));
  private static final Consumer<ValidatableResponse> NAMES_STAFF =
      r -> r.body("createdBy", notNullValue());
  private static final Consumer<ValidatableResponse> NAMES_NOBODY =
      r -> r.body("createdBy", nullValue()).body("$", hasKey("createdBy"));

  private static Consumer<ValidatableResponse> lists(String key) {
    return r -> r.body("items.id", hasItem(MuseumsRecords.get(key)));
  }

  private static Consumer<ValidatableResponse> notListing(String key) {
    return r -> r.body("items.id", not(hasItem(MuseumsRecords.get(key))));
  }

  static Stream<Arguments> reads() {
    return Stream.of(
        // drafts, by list and by id
        row("/api/exhibits?status=DRAFT&limit=100", "curator", 200, lists("draft")),
        row("/api/exhibits?status=DRAFT", "organizer", 200, EMPTY),
        row("/api/exhibits?status=DRAFT&limit=100", "other", 200, notListing("draft")),
        row("/api/exhibits?status=DRAFT", "anonymous", 401, PROBLEM),
        row("/api/exhibits?status=DRAFT&limit=100", "admin", 200, lists("draft")),
        row("/api/exhibits?status=IN_REVIEW&limit=100", "curator", 200, lists("inReview")),
        row("/api/exhibits?status=IN_REVIEW", "organizer", 200, EMPTY),
        row("/api/exhibits?status=IN_REVIEW&limit=100", "other", 200, notListing("inReview")),
        row("/api/exhibits?status=IN_REVIEW", "anonymous", 401, PROBLEM),
        row("/api/exhibits/{draft}", "curator", 200, NAMES_STAFF),
        row("/api/exhibits/{draft}", "organizer", 404, PROBLEM),
        row("/api/exhibits/{draft}", "other", 404, PROBLEM),
        row("/api/exhibits/{draft}", "anonymous", 404, PROBLEM),
        row("/api/exhibits/{draft}", "admin", 200, NAMES_STAFF),
        // a draft's history does not reveal the draft
        row("/api/exhibits/{draft}/history", "curator", 200, r -> r.body("items", hasSize(1))),
        row("/api/exhibits/{draft}/history", "organizer", 404, PROBLEM),
        row("/api/exhibits/{draft}/history", "other", 404, PROBLEM),
        row("/api/exhibits/{draft}/history", "anonymous", 401, PROBLEM),
        // a published exhibit: public, but its history and staff names are internal
        row("/api/exhibits/{published}", "curator", 200, NAMES_STAFF),
        row("/api/exhibits/{published}", "organizer", 200, NAMES_NOBODY),
        row("/api/exhibits/{published}", "other", 200, NAMES_NOBODY),
        row("/api/exhibits/{published}", "anonymous", 200, NAMES_NOBODY),
        row("/api/exhibits/{published}", "admin", 200, NAMES_STAFF),
        row(
            "/api/exhibits/{published}/history",
            "curator",
            200,
            r -> r.body("items.actor", hasItem("curator.chengdu"))),
        row("/api/exhibits/{published}/history", "organizer", 403, PROBLEM),
        row("/api/exhibits/{published}/history", "other", 403, PROBLEM),
        row("/api/exhibits/{published}/history", "anonymous", 401, PROBLEM),
        row(
            "/api/exhibits/{published}/history",
            "admin",
            200,
            r -> r.body("items", not(hasSize(0)))),
        row(
            "/api/exhibits?museum=chengdu&limit=100",
            "anonymous",
            200,
            r -> r.body("items.createdBy", everyItem(nullValue()))),
        row(
            "/api/exhibits?q=访问规则&limit=100",
            "curator",
            200,
            r -> r.body("items.createdBy", everyItem(nullValue()))),
        row(
            "/api/exhibits/changes?limit=100",
            "anonymous",
            200,
            r -> r.body("items.record.createdBy", everyItem(nullValue()))),
        // exhibitions
        row("/api/exhibitions?status=DRAFT&limit=100", "curator", 200, lists("exhibition")),
        row("/api/exhibitions?status=DRAFT", "organizer", 200, EMPTY),
        row("/api/exhibitions?status=DRAFT&limit=100", "other", 200, notListing("exhibition")),
        row("/api/exhibitions?status=DRAFT", "anonymous", 401, PROBLEM),
        row("/api/exhibitions?status=DRAFT&limit=100", "admin", 200, lists("exhibition")),
        row("/api/exhibitions/{exhibition}", "curator", 200, NAMES_STAFF),
        row("/api/exhibitions/{exhibition}", "organizer", 404, PROBLEM),
        row("/api/exhibitions/{exhibition}", "other", 404, PROBLEM),
        row("/api/exhibitions/{exhibition}", "anonymous", 404, PROBLEM),
        row(
            "/api/exhibitions/{exhibition}/history",
            "curator",
            200,
            r -> r.body("items", hasSize(1))),
        row("/api/exhibitions/{exhibition}/history", "organizer", 404, PROBLEM),
        row(
            "/api/exhibitions/{exhibition}/history",
            "admin",
            200,
            r -> r.body("items", hasSize(1))),
        // a museum's history
        row("/api/museums/chengdu/history", "curator", 200, r -> r.body("items", notNullValue())),
        row("/api/museums/chengdu/history", "organizer", 403, PROBLEM),
        row("/api/museums/chengdu/history", "other", 403, PROBLEM),
        row("/api/museums/chengdu/history", "anonymous", 401, PROBLEM),
        row("/api/museums/chengdu/history", "admin", 200, r -> r.body("items", notNullValue())));
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("reads")
  void readsOfInternalDataFollowTheRoleAndTheInstitution(
      String path, String who, int status, Consumer<ValidatableResponse> body) {
    ValidatableResponse response =
        as(who).get(MuseumsRecords.resolve(path)).then().statusCode(status);
    body.accept(response);
  }

  static Stream<Arguments> outsiderReads() {
    return reads().filter(row -> !Stream.of("curator", "admin").toList().contains(row.get()[1]));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("outsiderReads")
  void noAnswerToAnOutsiderNamesStaff(
      String path, String who, int status, Consumer<ValidatableResponse> body) {
    String text = as(who).get(MuseumsRecords.resolve(path)).then().extract().asString();
    assertFalse(
        text.contains("curator.chengdu") || text.contains("curator2.chengdu"),
        () -> path + " as " + who + " names a staff user: " + text);
  }

  private static Arguments row(
      String path, String who, int status, Consumer<ValidatableResponse> body) {
    return Arguments.of(path, who, status, body);
  }

  private static RequestSpecification as(String who) {
    String token =
        switch (who) {
          case "curator" -> CURATOR_CHENGDU;
          case "organizer" -> ORGANIZER_CHENGDU;
          case "other" -> CURATOR_LESHAN;
          case "admin" -> ADMIN;
          default -> null;
        };
    RequestSpecification request = given().urlEncodingEnabled(true);
    return token == null ? request : request.header("Authorization", token);
  }
}
