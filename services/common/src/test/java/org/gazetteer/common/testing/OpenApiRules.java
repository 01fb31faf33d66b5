package org.gazetteer.common.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazetteer.common.openapi.SchemaPatterns;

/**
 * The rules of docs/api-conventions.md on the limits a service's {@code /q/openapi} states: every
 * array a request body may hold has {@code maxItems}, and every pattern (parameters, bodies, array
 * items, components) matches the whole value, {@code ^…$}, in ECMA-262 — but {@code \S}, which
 * {@code @NotBlank} states and which is meant to match anywhere. Each finding names its place in
 * the document as a JSON pointer.
 */
final class OpenApiRules {

  private static final String COMPONENTS = "#/components/schemas/";

  /** Keywords whose values are data, not schemas. */
  private static final Set<String> DATA =
      Set.of("example", "examples", "enum", "const", "default", "required");

  private final JsonNode document;

  private OpenApiRules(JsonNode document) {
    this.document = document;
  }

  static OpenApiRules fetch() {
    String body =
        given().queryParam("format", "json").get("/q/openapi").then().extract().asString();
    try {
      return new OpenApiRules(new ObjectMapper().readTree(body));
    } catch (JsonProcessingException e) {
      throw new AssertionError("/q/openapi is not JSON", e);
    }
  }

  /** The arrays of request bodies, and of the component schemas they reach, without maxItems. */
  List<String> requestArraysWithoutMaxItems() {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    forEachOperation(
        (where, operation) ->
            fields(operation.path("requestBody").path("content"))
                .forEach(
                    (type, media) -> schemas.put(where + "/requestBody/" + escape(type), media)));
    List<String> pending = new ArrayList<>(schemas.keySet());
    while (!pending.isEmpty()) {
      for (String ref : schemas.get(pending.remove(pending.size() - 1)).findValuesAsText("$ref")) {
        if (ref.startsWith(COMPONENTS) && !schemas.containsKey(ref)) {
          schemas.put(ref, component(ref));
          pending.add(ref);
        }
      }
    }
    List<String> found = new ArrayList<>();
    Visitor check =
        (at, node) -> {
          if (isArray(node) && !node.has("maxItems")) {
            found.add(at);
          }
        };
    schemas.forEach((where, schema) -> walk(where, schema, check));
    return found;
  }

  /** The patterns of the document that are not anchored or not ECMA-262, with their place. */
  List<String> patternsNotMatchingWholeValues() {
    List<String> found = new ArrayList<>();
    Visitor check =
        (at, node) -> {
          if (node.path("pattern").isTextual()) {
            String pattern = node.path("pattern").asText();
            boolean whole =
                pattern.equals(SchemaPatterns.NOT_BLANK) || SchemaPatterns.anchored(pattern);
            String javaOnly = SchemaPatterns.javaOnly(pattern).orElse(null);
            if (!whole || javaOnly != null) {
              found.add(at + ": " + pattern + (javaOnly == null ? "" : " (" + javaOnly + ")"));
            }
          }
        };
    forEachOperation((where, operation) -> walk(where, operation, check));
    walk("#/components", document.path("components"), check);
    return found;
  }

  private void forEachOperation(Visitor visitor) {
    fields(document.path("paths"))
        .forEach(
            (path, item) ->
                fields(item)
                    .forEach(
                        (key, node) -> visitor.visit("#/paths/" + escape(path) + "/" + key, node)));
  }

  /** A name as a JSON pointer's segment. */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private JsonNode component(String ref) {
    return document.path("components").path("schemas").path(ref.substring(COMPONENTS.length()));
  }

  /** Visits the node and every object below it, but the values of {@link #DATA} keywords. */
  private static void walk(String at, JsonNode node, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(at, node);
      fields(node)
          .forEach(
              (key, value) -> {
                if (!DATA.contains(key)) {
                  walk(at + "/" + key, value, visitor);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(at + "/" + i, node.get(i), visitor);
      }
    }
  }

  private static boolean isArray(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().equals("array")) {
          return true;
        }
      }
    }
    return type.asText().equals("array");
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    entries.forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }

  @FunctionalInterface
  private interface Visitor {
    void visit(String at, JsonNode node);
  }
}
