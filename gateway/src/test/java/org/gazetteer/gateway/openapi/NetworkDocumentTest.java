package org.gazetteer.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gazetteer.gateway.OpenApiFixtures;
import org.gazetteer.gateway.routing.Upstream;
import org.junit.jupiter.api.Test;

/** The merge itself, on the services' real documents and on small ones made to collide. */
class NetworkDocumentTest {

  static final String PUBLIC_URL = "https://gazetteer.test:8443";
  static final String ISSUER = "https://sso.gazetteer.test/realms/gazetteer";
  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant FETCHED = Instant.parse("2026-03-01T08:00:00Z");
  private static final NetworkDocument.Settings SETTINGS =
      new NetworkDocument.Settings(
          URI.create(PUBLIC_URL),
          SignIn.of(ISSUER),
          ConfiguredGateway.ROUTES,
          "0.1.0",
          Duration.ofSeconds(60),
          RateLimitDescription.of(ConfiguredGateway.CONFIG.rateLimit()));

  private static List<SourceDocument> real() {
    List<SourceDocument> sources = new ArrayList<>();
    for (Upstream upstream : ConfiguredGateway.ROUTES.upstreams()) {
      sources.add(SourceDocument.fetched(upstream, OpenApiFixtures.tree(upstream.id()), FETCHED));
    }
    return sources;
  }

  /** Parses the document as a client would; every message of the parser is a failure. */
  static void assertValid(JsonNode document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(document.toString(), null, options);
    assertEquals(List.of(), result.getMessages());
    assertNotNull(result.getOpenAPI());
    assertEquals(Set.of(), danglingRefs(document));
  }

  @Test
  void theMergedDocumentOfTheRealServicesParsesWithoutAMessage() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    assertValid(merged);
    assertEquals("3.1.0", merged.path("openapi").asText());
    for (String upstream : OpenApiFixtures.SERVICES) {
      assertEquals("3.1.0", OpenApiFixtures.tree(upstream).path("openapi").asText());
    }
  }

  @Test
  void keepsEveryRoutedPathAsTheServicesServeIt() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    Set<String> expected = new TreeSet<>();
    for (String upstream : OpenApiFixtures.SERVICES) {
      OpenApiFixtures.tree(upstream).path("paths").fieldNames().forEachRemaining(expected::add);
    }
    expected.add("/api/search"); // the gateway's own
    Set<String> paths = new TreeSet<>();
    merged.path("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(expected, paths);
    assertTrue(paths.contains("/api/exhibits/{id}"));
    assertTrue(paths.contains("/api/events.ics"));
  }

  @Test
  void leavesOutPathsTheGatewayDoesNotRouteToThatService() {
    List<SourceDocument> sources = real();
    ObjectNode museums = (ObjectNode) sources.get(2).document();
    ObjectNode paths = (ObjectNode) museums.path("paths");
    JsonNode anOperation = paths.path("/api/museums");
    paths.set("/q/health/ready", anOperation);
    paths.set("/internal/reindex", anOperation);
    paths.set("/api/museumsX", anOperation);
    // routed, but to the events service: the museums service's own copy is not what is served
    paths.set("/api/events/{id}/museum", anOperation);

    ObjectNode merged = NetworkDocument.merge(sources, SETTINGS);

    for (String path :
        List.of(
            "/q/health/ready", "/internal/reindex", "/api/museumsX", "/api/events/{id}/museum")) {
      assertFalse(merged.path("paths").has(path), path);
    }
    assertTrue(merged.path("paths").has("/api/museums"));
    assertValid(merged);
  }

  @Test
  void hasOneServerThePublicUrl() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    assertEquals(
        List.of(Map.of("url", PUBLIC_URL)), JSON.convertValue(merged.path("servers"), List.class));
  }

  @Test
  void everyOperationMayAnswer429WithTheRateLimitHeaders() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    List<JsonNode> operations = operations(merged);
    assertTrue(operations.size() > 80, "only " + operations.size() + " operations");
    for (JsonNode operation : operations) {
      assertEquals(
          "#/components/responses/TooManyRequests",
          operation.path("responses").path("429").path("$ref").asText(),
          operation.path("operationId").asText());
    }
    JsonNode tooMany = merged.path("components").path("responses").path("TooManyRequests");
    assertEquals(
        "#/components/schemas/Problem",
        tooMany
            .path("content")
            .path("application/problem+json")
            .path("schema")
            .path("$ref")
            .asText());
    for (String header : List.of("RateLimit-Policy", "RateLimit", "Retry-After")) {
      String ref = tooMany.path("headers").path(header).path("$ref").asText();
      assertEquals("#/components/headers/" + header, ref);
      assertEquals(
          "string",
          merged
              .path("components")
              .path("headers")
              .path(header)
              .path("schema")
              .path("type")
              .asText());
    }
    String description = merged.path("info").path("description").asText();
    assertTrue(description.contains("per signed-in user"), description);
    assertTrue(description.contains("per IP address for requests without a token"), description);
  }

  @Test
  void signsInWithTheRealmsAuthorizationCodeFlow() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    JsonNode schemes = merged.path("components").path("securitySchemes");
    assertEquals(Set.of("bearer", "oauth2"), names(schemes));
    assertEquals("http", schemes.path("bearer").path("type").asText());
    assertEquals("bearer", schemes.path("bearer").path("scheme").asText());
    assertEquals("JWT", schemes.path("bearer").path("bearerFormat").asText());
    JsonNode flow = schemes.path("oauth2").path("flows").path("authorizationCode");
    assertEquals(ISSUER + "/protocol/openid-connect/auth", flow.path("authorizationUrl").asText());
    assertEquals(ISSUER + "/protocol/openid-connect/token", flow.path("tokenUrl").asText());
  }

  @Test
  void everyOperationThatNeedsALoginKeepsItsRequirementAndMaySignIn() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    int secured = 0;
    for (String upstream : OpenApiFixtures.SERVICES) {
      JsonNode own = OpenApiFixtures.tree(upstream).path("paths");
      for (Map.Entry<String, JsonNode> item : own.properties()) {
        for (String method : METHODS) {
          JsonNode before = item.getValue().path(method);
          if (before.isMissingNode()) {
            continue;
          }
          JsonNode after = merged.path("paths").path(item.getKey()).path(method);
          if (before.has("security")) {
            secured++;
            assertEquals(
                JSON.createArrayNode()
                    .add(JSON.createObjectNode().set("bearer", JSON.createArrayNode()))
                    .add(JSON.createObjectNode().set("oauth2", JSON.createArrayNode())),
                after.path("security"),
                method + " " + item.getKey());
          } else {
            assertFalse(after.has("security"), method + " " + item.getKey());
          }
        }
      }
    }
    assertTrue(secured > 40, "only " + secured + " operations need a login");
  }

  @Test
  void mergesTheRealServicesSharedSchemasAndRenamesTheDifferentOnes() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);
    JsonNode schemas = merged.path("components").path("schemas");

    // the same in every service: one schema
    for (String shared : List.of("Problem", "FieldError", "LocalizedText", "GeoPoint", "UUID")) {
      assertTrue(schemas.has(shared), shared);
      assertFalse(schemas.has("Museums" + shared), shared);
    }
    // Contact is one schema in alliance and museums, another in events and reading-rooms: each
    // variant is named after the first service (by name) that has it
    assertFalse(schemas.has("Contact"));
    Map<String, String> contact =
        Map.of(
            "alliance", "AllianceContact",
            "museums", "AllianceContact",
            "events", "EventsContact",
            "reading-rooms", "EventsContact");
    contact.forEach(
        (upstream, name) ->
            assertEquals(
                OpenApiFixtures.tree(upstream).at("/components/schemas/Contact"),
                schemas.path(name),
                upstream));
    assertFalse(schemas.has("MuseumsContact"));
    assertFalse(schemas.has("ReadingRoomsContact"));
    // PageAuditEntryResponse reads the same in museums, events and alliance, but each refers to
    // its own AuditEntry, which differ: three schemas, each referring to its service's entry
    assertFalse(schemas.has("PageAuditEntryResponse"));
    for (String prefix : List.of("Museums", "Events", "Alliance")) {
      assertEquals(
          "#/components/schemas/" + prefix + "AuditEntry",
          schemas
              .path(prefix + "PageAuditEntryResponse")
              .path("properties")
              .path("items")
              .path("items")
              .path("$ref")
              .asText(),
          prefix);
    }
    // and every reference follows: the museums' Museum record refers to the museums' Contact
    String museumContact = schemas.path("Museum").path("properties").path("contact").toString();
    assertTrue(museumContact.contains("#/components/schemas/AllianceContact"), museumContact);
    assertFalse(merged.toString().contains("\"#/components/schemas/Contact\""));
  }

  @Test
  void tagsAreMergedByName() {
    ObjectNode merged = NetworkDocument.merge(real(), SETTINGS);

    List<String> tags = new ArrayList<>();
    merged.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    Set<String> expected = new TreeSet<>();
    for (String upstream : OpenApiFixtures.SERVICES) {
      OpenApiFixtures.tree(upstream)
          .path("tags")
          .forEach(tag -> expected.add(tag.path("name").asText()));
    }
    expected.add("Search"); // the gateway's own
    assertEquals(expected, new TreeSet<>(tags));
    assertEquals(expected.size(), tags.size());
  }

  @Test
  void namesTheMissingAndTheStaleParts() {
    List<SourceDocument> sources = new ArrayList<>(real());
    // alliance, events, museums, reading-rooms
    sources.set(3, SourceDocument.missing(ConfiguredGateway.upstream("reading-rooms")));
    sources.set(0, sources.get(0).failed());

    ObjectNode merged = NetworkDocument.merge(sources, SETTINGS);

    assertEquals("[\"reading-rooms\"]", merged.path("x-missing-sources").toString());
    assertEquals("[\"alliance\"]", merged.path("x-stale-sources").toString());
    assertFalse(merged.path("paths").has("/api/reading-rooms"));
    assertTrue(merged.path("paths").has("/api/alliance/members"), "a stale part is kept");
    String description = merged.path("info").path("description").asText();
    assertTrue(description.contains("The `reading-rooms` part is missing"), description);
    assertTrue(description.contains("The `alliance` part is stale"), description);
    assertTrue(description.contains("2026-03-01T08:00:00Z"), description);
    assertValid(merged);
  }

  @Test
  void withNoDocumentAtAllItIsStillAValidDocument() {
    List<SourceDocument> none = new ArrayList<>();
    for (Upstream upstream : ConfiguredGateway.ROUTES.upstreams()) {
      none.add(SourceDocument.missing(upstream));
    }

    ObjectNode merged = NetworkDocument.merge(none, SETTINGS);

    assertEquals(4, merged.path("x-missing-sources").size());
    assertEquals(Set.of("/api/search"), names(merged.path("paths")), "only the gateway's own");
    assertValid(merged);
  }

  static List<JsonNode> operations(JsonNode document) {
    List<JsonNode> operations = new ArrayList<>();
    document
        .path("paths")
        .forEach(
            item -> {
              for (String method : METHODS) {
                if (item.has(method)) {
                  operations.add(item.get(method));
                }
              }
            });
    return operations;
  }

  static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** References to components the document does not define. */
  static Set<String> danglingRefs(JsonNode document) {
    Set<String> dangling = new TreeSet<>();
    for (ComponentRefs.Key key : ComponentRefs.in(document)) {
      if (document.path("components").path(key.section()).path(key.name()).isMissingNode()) {
        dangling.add(key.ref());
      }
    }
    return dangling;
  }
}
