package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.ensureMuseums;
import static org.gazetteer.museums.MuseumsFixtures.published;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch read other services use: published exhibits by id, one call for a whole list; drafts
 * and unknown ids are left out.
 */
@QuarkusTest
@PostgresTest
class ExhibitBatchReadTest {

  @BeforeEach
  void museums() {
    ensureMuseums();
  }

  @Test
  void publishedExhibitsComeInTheOrderAskedAndOthersAreLeftOut() {
    List<String> published = List.of(published(), published(), published());
    String draft = draft(CURATOR_CHENGDU);
    List<String> asked = new ArrayList<>(published);
    Collections.reverse(asked);
    asked.add(1, UUID.randomUUID().toString());
    asked.add(draft);
    List<String> answered =
        given()
            .get("/api/exhibits?ids=" + String.join(",", asked))
            .then()
            .statusCode(200)
            .body("next", nullValue())
            .extract()
            .path("items.id");
    List<String> expected = new ArrayList<>(published);
    Collections.reverse(expected);
    assertEquals(expected, answered);
  }

  @Test
  void aBadBatchIs400() {
    String tooMany =
        String.join(
            ",", IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString()).toList());
    for (String query :
        List.of(
            "ids=" + tooMany,
            "ids=not-a-uuid",
            "ids=" + UUID.randomUUID() + "&limit=5",
            "ids=" + UUID.randomUUID() + "&q=熊猫")) {
      given()
          .get("/api/exhibits?" + query)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("ids"));
    }
  }
}
