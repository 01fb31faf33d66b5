package org.gazetteer.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Schema names that collide between services, on small documents made for it. */
class ComponentNamesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A museums document: {@code Contact} differs from the events one, the rest is the same. The
   * merge is given museums first, so museums names its variants here.
   */
  private static final String MUSEUMS =
      """
      {"openapi": "3.1.0", "info": {"title": "museums", "version": "1"},
       "paths": {"/api/museums/{code}": {"get": {"operationId": "getMuseum",
         "parameters": [{"name": "code", "in": "path", "required": true,
           "schema": {"type": "string"}}],
         "responses": {"200": {"description": "ok", "content": {"application/json":
           {"schema": {"$ref": "#/components/schemas/Museum"}}}},
           "default": {"description": "other", "content": {"application/json":
           {"schema": {"$ref": "#/components/schemas/Contact"}}}}}}}},
       "components": {"schemas": {
         "Museum": {"type": "object", "properties": {
           "contact": {"$ref": "#/components/schemas/Contact"},
           "name": {"$ref": "#/components/schemas/LocalizedText"},
           "page": {"$ref": "#/components/schemas/Page"},
           "default": {"$ref": "#/components/schemas/Contact"}},
           "example": {"contact": {"$ref": "#/components/schemas/Contact"}}},
         "Contact": {"type": "object", "properties": {"phone": {"type": "string"}}},
         "LocalizedText": {"type": "object", "properties": {"zh": {"type": "string"}}},
         "Page": {"type": "object", "properties": {
           "items": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}}}},
         "Kind": {"oneOf": [{"$ref": "#/components/schemas/Contact"}],
           "discriminator": {"propertyName": "kind",
             "mapping": {"c": "#/components/schemas/Contact"}}}}}}
      """;

  /**
   * An events document: its {@code Contact} has an email too; {@code Page} reads the same but
   * refers to that other {@code Contact}; {@code LocalizedText} is the museums' one.
   */
  private static final String EVENTS =
      """
      {"openapi": "3.1.0", "info": {"title": "events", "version": "1"},
       "paths": {"/api/events/{id}": {"get": {"operationId": "getEvent",
         "parameters": [{"name": "id", "in": "path", "required": true,
           "schema": {"type": "string"}}],
         "responses": {"200": {"description": "ok", "content": {"application/json":
           {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
       "components": {"schemas": {
         "Contact": {"type": "object", "properties": {"phone": {"type": "string"},
           "email": {"type": "string"}}},
         "LocalizedText": {"properties": {"zh": {"type": "string"}}, "type": "object"},
         "Page": {"type": "object", "properties": {
           "items": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}}}}},
         "responses": {"TooManyRequests": {"description": "the events service's own"}}}}
      """;

  /** An alliance document whose {@code Contact} and {@code Page} are the events' ones. */
  private static final String ALLIANCE =
      """
      {"openapi": "3.1.0", "info": {"title": "alliance", "version": "1"},
       "paths": {"/api/alliance/members": {"get": {"operationId": "getEvent",
         "responses": {"200": {"description": "ok", "content": {"application/json":
           {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
       "components": {"schemas": {
         "Contact": {"type": "object", "properties": {"phone": {"type": "string"},
           "email": {"type": "string"}}},
         "Page": {"type": "object", "properties": {
           "items": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}}}}}}}
      """;

  private static ObjectNode merged() {
    Instant now = Instant.now();
    return NetworkDocument.merge(
        List.of(
            SourceDocument.fetched(ConfiguredGateway.upstream("museums"), tree(MUSEUMS), now),
            SourceDocument.missing(ConfiguredGateway.upstream("reading-rooms")),
            SourceDocument.fetched(ConfiguredGateway.upstream("events"), tree(EVENTS), now),
            SourceDocument.fetched(ConfiguredGateway.upstream("alliance"), tree(ALLIANCE), now)),
        new NetworkDocument.Settings(
            java.net.URI.create(NetworkDocumentTest.PUBLIC_URL),
            SignIn.of(NetworkDocumentTest.ISSUER),
            ConfiguredGateway.ROUTES,
            "1",
            java.time.Duration.ofSeconds(60),
            "**Rate limits.**"));
  }

  @Test
  void differentSchemasOfOneNameAreRenamedWithTheServiceInFront() {
    JsonNode schemas = merged().path("components").path("schemas");

    assertFalse(schemas.has("Contact"));
    assertEquals(tree(MUSEUMS).at("/components/schemas/Contact"), schemas.path("MuseumsContact"));
    // the events and alliance ones are one and the same: one schema, named after events
    assertEquals(tree(EVENTS).at("/components/schemas/Contact"), schemas.path("EventsContact"));
    assertFalse(schemas.has("AllianceContact"));
  }

  @Test
  void identicalSchemasAreMergedUnderTheirOwnName() {
    JsonNode schemas = merged().path("components").path("schemas");

    assertEquals(
        tree(MUSEUMS).at("/components/schemas/LocalizedText"), schemas.path("LocalizedText"));
    assertFalse(schemas.has("MuseumsLocalizedText"));
    assertFalse(schemas.has("EventsLocalizedText"));
  }

  @Test
  void aSchemaThatReadsTheSameButRefersToDifferentSchemasIsRenamedToo() {
    JsonNode schemas = merged().path("components").path("schemas");

    assertFalse(schemas.has("Page"));
    assertEquals(
        "#/components/schemas/MuseumsContact",
        schemas.at("/MuseumsPage/properties/items/items/$ref").asText());
    assertEquals(
        "#/components/schemas/EventsContact",
        schemas.at("/EventsPage/properties/items/items/$ref").asText());
  }

  @Test
  void everyReferenceIsRewritten() {
    ObjectNode merged = merged();
    JsonNode schemas = merged.path("components").path("schemas");

    JsonNode museum = schemas.path("Museum").path("properties");
    assertEquals("#/components/schemas/MuseumsContact", museum.at("/contact/$ref").asText());
    assertEquals("#/components/schemas/MuseumsPage", museum.at("/page/$ref").asText());
    assertEquals("#/components/schemas/LocalizedText", museum.at("/name/$ref").asText());
    // a property named like a keyword is still a schema
    assertEquals("#/components/schemas/MuseumsContact", museum.at("/default/$ref").asText());
    assertEquals(
        "#/components/schemas/MuseumsContact",
        schemas.at("/Kind/discriminator/mapping/c").asText());
    assertEquals("#/components/schemas/MuseumsContact", schemas.at("/Kind/oneOf/0/$ref").asText());
    JsonNode responses = merged.at("/paths/~1api~1museums~1{code}/get/responses");
    assertEquals(
        "#/components/schemas/MuseumsContact",
        responses.at("/default/content/application~1json/schema/$ref").asText());
    assertEquals(
        "#/components/schemas/EventsPage",
        merged
            .at(
                "/paths/~1api~1events~1{id}/get/responses/200/content/application~1json/schema/$ref")
            .asText());
    assertEquals(
        "#/components/schemas/EventsPage",
        merged
            .at(
                "/paths/~1api~1alliance~1members/get/responses/200/content/application~1json/schema/$ref")
            .asText());
    // an example is data: left as the service wrote it
    assertEquals(
        "#/components/schemas/Contact", schemas.at("/Museum/example/contact/$ref").asText());
    assertEquals(Set.of(), NetworkDocumentTest.danglingRefs(merged));
  }

  @Test
  void aServiceComponentNamedLikeOneOfTheGatewaysIsRenamed() {
    ObjectNode merged = merged();
    JsonNode responses = merged.path("components").path("responses");

    assertEquals(
        "the events service's own", responses.at("/EventsTooManyRequests/description").asText());
    assertTrue(responses.at("/TooManyRequests/headers").has("Retry-After"));
  }

  @Test
  void aRepeatedOperationIdGetsTheServiceInFront() {
    ObjectNode merged = merged();

    assertEquals("getEvent", merged.at("/paths/~1api~1events~1{id}/get/operationId").asText());
    assertEquals(
        "allianceGetEvent", merged.at("/paths/~1api~1alliance~1members/get/operationId").asText());
    NetworkDocumentTest.assertValid(merged);
  }

  private static JsonNode tree(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
