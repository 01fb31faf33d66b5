package org.gazetteer.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks real responses against the service's own OpenAPI document: the schema an operation
 * declares for a status and media type, with its {@code #/components/schemas/…} references, is
 * validated as JSON Schema 2020-12 (the dialect of OpenAPI 3.1) against the body. Every mismatch is
 * reported, not only the first. The document itself must require every property of the schemas a
 * response reaches (the network's rule that a field is always present, null or not), except the few
 * a test names as optional: a body leaving a property out fails, and so does a document that stops
 * saying it may not. Bodies that are not JSON (CSV) are only checked to be declared.
 */
public final class ResponseSchemas {

  private static final String COMPONENTS = "#/components/schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode document;
  private final Set<String> optional;
  private final Set<String> validated = new TreeSet<>();

  private ResponseSchemas(JsonNode document, Set<String> optional) {
    this.document = document;
    this.optional = optional;
  }

  /**
   * The document the running service serves at {@code /q/openapi}.
   *
   * @param optional properties a body may leave out, as {@code Schema.property} (e.g. {@code
   *     ExhibitPage.facets}, only in search results): those, and only those, the document may leave
   *     out of {@code required}
   */
  public static ResponseSchemas fetch(String... optional) {
    String body =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return new ResponseSchemas(JSON.readTree(body), Set.of(optional));
    } catch (JsonProcessingException e) {
      throw new AssertionError("/q/openapi is not JSON", e);
    }
  }

  /** Every {@code GET} operation of the document, as {@code GET /path/{template}}. */
  public Set<String> getOperations() {
    Set<String> operations = new TreeSet<>();
    Iterator<String> paths = document.path("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      if (document.path("paths").path(path).has("get")) {
        operations.add("GET " + path);
      }
    }
    return operations;
  }

  /** The operations {@link #assertMatches} has checked so far, as {@code GET /path/{template}}. */
  public Set<String> validated() {
    return Set.copyOf(validated);
  }

  /**
   * Fails unless the response's status is {@code status} and its body matches the schema that
   * {@code GET path} declares for that status and the response's media type.
   *
   * @param path the path template as the document names it, e.g. {@code /api/museums/{code}}
   */
  public void assertMatches(String path, int status, Response response) {
    assertEquals(status, response.statusCode(), "GET " + path + ": " + response.asString());
    String mediaType = response.contentType().split(";")[0].trim();
    List<String> errors = errors("get", path, status, mediaType, response.asString());
    assertEquals(List.of(), errors, "GET " + path + " " + status + " " + mediaType);
    validated.add("GET " + path);
  }

  /**
   * The mismatches between a body and the schema an operation declares for it, and the properties
   * of the schemas it reaches that the document leaves optional but the test did not name; empty if
   * none.
   */
  public List<String> errors(
      String method, String path, int status, String mediaType, String body) {
    JsonNode content =
        document
            .path("paths")
            .path(path)
            .path(method)
            .path("responses")
            .path(Integer.toString(status))
            .path("content");
    String where = method.toUpperCase() + " " + path + " " + status + " " + mediaType;
    JsonNode declared = declared(content, mediaType);
    assertTrue(declared != null, where + " is not declared");
    if (!mediaType.endsWith("json")) {
      return List.of();
    }
    assertTrue(declared.isObject(), where + " has no schema");
    Schema schema = REGISTRY.getSchema(standalone(declared), InputFormat.JSON);
    List<String> errors = unrequired(declared);
    schema
        .validate(body, InputFormat.JSON)
        .forEach(e -> errors.add(e.getInstanceLocation() + ": " + e.getMessage()));
    return errors;
  }

  /**
   * The properties of the component schemas a declared schema reaches that are not required but not
   * named optional, and those named optional that are required.
   */
  private List<String> unrequired(JsonNode declared) {
    List<String> errors = new ArrayList<>();
    for (String name : reached(declared)) {
      Set<String> required = new TreeSet<>();
      component(name).path("required").forEach(p -> required.add(p.asText()));
      component(name)
          .path("properties")
          .fieldNames()
          .forEachRemaining(
              p -> {
                if (optional.contains(name + "." + p) == required.contains(p)) {
                  String wrong = required.contains(p) ? "required, named optional" : "not required";
                  errors.add(COMPONENTS + name + " " + p + ": " + wrong);
                }
              });
    }
    return errors;
  }

  /** The names of the component schemas a schema refers to, transitively. */
  private Set<String> reached(JsonNode declared) {
    Set<String> names = new TreeSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>(List.of(declared));
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      String ref = node.path("$ref").asText("");
      String name = ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
      if (name != null && names.add(name)) {
        pending.push(component(name));
      }
      node.elements().forEachRemaining(pending::push);
    }
    return names;
  }

  private JsonNode component(String name) {
    return document.path("components").path("schemas").path(name);
  }

  /** The schema declared for a media type (ignoring its parameters), or null if none is. */
  private static JsonNode declared(JsonNode content, String mediaType) {
    Iterator<String> types = content.fieldNames();
    while (types.hasNext()) {
      String type = types.next();
      if (type.split(";")[0].trim().equals(mediaType)) {
        return content.path(type).path("schema");
      }
    }
    return null;
  }

  /**
   * The declared schema as a document of its own: the document's components beside it, so that its
   * {@code #/components/schemas/…} references resolve as they do in the OpenAPI document.
   */
  private String standalone(JsonNode declared) {
    ObjectNode root = ((ObjectNode) declared).deepCopy();
    root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
    root.set("components", document.path("components"));
    return root.toString();
  }
}
