package org.gazetteer.museums.linkeddata;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.document.JsonDocument;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class JsonLdTest {

  private static final String SCHEMA = "https://schema.org/";

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void aPublishedExhibitExpandsToSchemaOrgTerms() throws Exception {
    Map<String, Object> body = MuseumsFixtures.fullExhibit("四川扶贫志（关联数据）");
    String id = MuseumsFixtures.publish(body);
    String json =
        given()
            .accept("application/ld+json")
            .get("/api/exhibits/" + id)
            .then()
            .statusCode(200)
            .contentType("application/ld+json")
            .header("Vary", "Accept")
            .header("ETag", "\"2-ld\"")
            .extract()
            .asString();
    JsonObject node = expand(json);
    assertTrue(node.getString("@id").endsWith("/api/exhibits/" + id));
    assertEquals(
        List.of(SCHEMA + "Book", SCHEMA + "ArchiveComponent"),
        node.getJsonArray("@type").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    JsonObject name = node.getJsonArray(SCHEMA + "name").getJsonObject(0);
    assertEquals("四川扶贫志（关联数据）", name.getString("@value"));
    assertEquals("zh", name.getString("@language"));
    assertTrue(
        node.getJsonArray(SCHEMA + "holdingArchive")
            .getJsonObject(0)
            .getString("@id")
            .endsWith("/api/museums/chengdu"));
    JsonObject image = node.getJsonArray(SCHEMA + "image").getJsonObject(0);
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/",
        image.getJsonArray(SCHEMA + "license").getJsonObject(0).getString("@id"));
    JsonObject width = image.getJsonArray(SCHEMA + "width").getJsonObject(0);
    assertEquals(
        1200,
        width.getJsonArray(SCHEMA + "value").getJsonObject(0).getJsonNumber("@value").intValue());
    assertEquals(
        "E37", width.getJsonArray(SCHEMA + "unitCode").getJsonObject(0).getString("@value"));
    assertEquals(
        1600,
        image
            .getJsonArray(SCHEMA + "height")
            .getJsonObject(0)
            .getJsonArray(SCHEMA + "value")
            .getJsonObject(0)
            .getJsonNumber("@value")
            .intValue());
    List<String> coverage =
        node.getJsonArray(SCHEMA + "temporalCoverage").stream()
            .map(v -> v.asJsonObject().getString("@value"))
            .toList();
    assertEquals(List.of("1958年", "1958/1958"), coverage);
  }

  @Test
  void jsonStaysTheDefaultRepresentation() {
    String id = MuseumsFixtures.published();
    for (String accept : List.of("*/*", "application/json", "application/*")) {
      given()
          .accept(accept)
          .get("/api/exhibits/" + id)
          .then()
          .statusCode(200)
          .contentType("application/json")
          .header("Vary", "Accept")
          .body("$", hasKey("inventoryNo"));
    }
    given()
        .header("Accept", "application/ld+json;q=0.5, application/json")
        .get("/api/exhibits/" + id)
        .then()
        .contentType("application/json");
  }

  @Test
  void aDraftHasNoJsonLdView() {
    String id = MuseumsFixtures.draft(CURATOR_CHENGDU);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .accept("application/ld+json")
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
    given().accept("text/html").get("/api/museums/chengdu").then().statusCode(406);
  }

  @Test
  void aMuseumIsASchemaOrgMuseum() throws Exception {
    String json =
        given()
            .accept("application/ld+json")
            .get("/api/museums/chengdu")
            .then()
            .statusCode(200)
            .contentType("application/ld+json")
            .body("'@type'", equalTo("Museum"))
            .extract()
            .asString();
    JsonObject node = expand(json);
    assertEquals(List.of(SCHEMA + "Museum"), List.of(node.getJsonArray("@type").getString(0)));
    assertEquals(
        "chengdu", node.getJsonArray(SCHEMA + "identifier").getJsonObject(0).getString("@value"));
  }

  /** Expands the document with a JSON-LD processor; the inline context needs no fetching. */
  private static JsonObject expand(String json) throws Exception {
    JsonArray expanded =
        com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(json))).get();
    assertEquals(1, expanded.size());
    JsonValue node = expanded.get(0);
    return node.asJsonObject();
  }
}
