package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Finds and rewrites the local references to components ({@code #/components/schemas/Exhibit}) in
 * an OpenAPI 3 tree: {@code $ref} values and discriminator mappings. Values that are data, not
 * description ({@code example}, {@code examples} lists, {@code default}, {@code const}, {@code
 * enum}, extensions), are left alone, while maps whose keys are names ({@code properties}, {@code
 * responses}, whose {@code default} is a response, …) are walked entry by entry.
 */
final class ComponentRefs {

  static final String PREFIX = "#/components/";

  /** Keys whose values are data: a {@code $ref} inside them is not a reference. */
  private static final Set<String> DATA = Set.of("example", "default", "const", "enum");

  /** Keys whose values map names to objects, so that a name is never taken for a keyword. */
  private static final Set<String> NAMED =
      Set.of(
          "properties",
          "patternProperties",
          "dependentSchemas",
          "$defs",
          "definitions",
          "paths",
          "responses",
          "content",
          "headers",
          "encoding",
          "links",
          "callbacks",
          "webhooks",
          "schemas",
          "parameters",
          "requestBodies",
          "securitySchemes",
          "pathItems",
          "variables");

  private ComponentRefs() {}

  /**
   * A component by its section and name, {@code schemas/Exhibit}, as in a reference after {@code
   * #/components/}.
   */
  record Key(String section, String name) implements Comparable<Key> {

    /** The key a reference names, if it is a local reference to a component. */
    static Optional<Key> of(String ref) {
      if (!ref.startsWith(PREFIX)) {
        return Optional.empty();
      }
      String[] tokens = ref.substring(PREFIX.length()).split("/", -1);
      if (tokens.length != 2 || tokens[0].isEmpty() || tokens[1].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Key(unescape(tokens[0]), unescape(tokens[1])));
    }

    String ref() {
      return PREFIX + escape(section) + "/" + escape(name);
    }

    @Override
    public int compareTo(Key other) {
      int bySection = section.compareTo(other.section);
      return bySection != 0 ? bySection : name.compareTo(other.name);
    }

    @Override
    public String toString() {
      return section + "/" + name;
    }
  }

  /** The components {@code node} refers to, in a stable order. */
  static SortedSet<Key> in(JsonNode node) {
    SortedSet<Key> keys = new TreeSet<>();
    walk(
        node,
        false,
        ref -> {
          Key.of(ref).ifPresent(keys::add);
          return ref;
        });
    return keys;
  }

  /** Rewrites, in place, every reference to a key of {@code names} to its new name. */
  static void rename(JsonNode node, Map<Key, String> names) {
    walk(
        node,
        false,
        ref ->
            Key.of(ref)
                .filter(names::containsKey)
                .map(key -> new Key(key.section(), names.get(key)).ref())
                .orElse(ref));
  }

  private static void walk(JsonNode node, boolean named, UnaryOperator<String> refs) {
    if (node.isArray()) {
      node.forEach(item -> walk(item, false, refs));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (named) {
        walk(value, false, refs);
      } else if (key.equals("$ref") && value.isTextual()) {
        field.setValue(TextNode.valueOf(refs.apply(value.asText())));
      } else if (key.equals("mapping") && object.has("propertyName") && value.isObject()) {
        mapping((ObjectNode) value, refs);
      } else if (isData(key, value)) {
        continue;
      } else {
        walk(value, NAMED.contains(key), refs);
      }
    }
  }

  /** A discriminator's mapping: its values are references (or bare schema names). */
  private static void mapping(ObjectNode mapping, UnaryOperator<String> refs) {
    mapping
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().isTextual()) {
                entry.setValue(TextNode.valueOf(refs.apply(entry.getValue().asText())));
              }
            });
  }

  private static boolean isData(String key, JsonNode value) {
    return DATA.contains(key)
        || key.startsWith("x-")
        // a schema's examples are a list of values; elsewhere examples map names to Example objects
        || key.equals("examples") && value.isArray();
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
