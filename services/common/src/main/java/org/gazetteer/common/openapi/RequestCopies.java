package org.gazetteer.common.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Copies for requests of the component schemas that requests and responses share but that cannot
 * say the truth for both: a record such as {@code LocalizedText} requires only {@code zh} in a
 * request, while a response always carries {@code en} too. Requests get {@code
 * LocalizedTextRequest}, the schema as Bean Validation described it; responses keep the name.
 */
final class RequestCopies {

  static final String SUFFIX = "Request";

  private RequestCopies() {}

  /**
   * The shared schemas that need a copy, each with its copy's name: those for which {@code differs}
   * holds, and those referring to one that needs a copy (its copy refers to the copy).
   */
  static Map<String, String> plan(
      Set<String> shared, Map<String, Schema> components, Predicate<Schema> differs) {
    Set<String> copied = new LinkedHashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String name : shared) {
        Schema schema = components.get(name);
        if (!copied.contains(name) && (differs.test(schema) || refersTo(schema, copied))) {
          copied.add(name);
          grew = true;
        }
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : copied) {
      String copy = name + SUFFIX;
      if (components.containsKey(copy)) {
        throw new IllegalStateException(
            "Schema " + name + " is used in requests and responses, and " + copy + " is taken");
      }
      names.put(name, copy);
    }
    return names;
  }

  /**
   * Adds the planned copies to the document and points every reference of the request side (its
   * roots, the schemas only requests use, the copies) at the copies.
   */
  static void make(OpenAPI openAPI, Map<String, String> plan, Collection<Schema> requestSide) {
    Map<String, Schema> components = SchemaGraph.components(openAPI);
    Map<String, Schema> copies = new LinkedHashMap<>();
    plan.forEach((name, copy) -> copies.put(copy, copy(components.get(name))));
    List<Schema> retargeted = new ArrayList<>(requestSide);
    retargeted.addAll(copies.values());
    retargeted.forEach(root -> SchemaGraph.visit(root, schema -> retarget(schema, plan)));
    copies.forEach(openAPI.getComponents()::addSchema);
  }

  /** A deep copy of the schema: nested schemas, lists and maps are copied too. */
  static Schema copy(Schema schema) {
    Schema copy = OASFactory.createSchema();
    schema
        .getAll()
        .forEach(
            (keyword, value) -> {
              if (keyword.startsWith("x-")) {
                copy.addExtension(keyword, value);
              } else {
                copy.set(keyword, copyValue(value));
              }
            });
    return copy;
  }

  private static boolean refersTo(Schema schema, Set<String> names) {
    List<String> targets = new ArrayList<>();
    SchemaGraph.visit(schema, nested -> targets.add(SchemaGraph.target(nested)));
    return targets.stream().anyMatch(names::contains);
  }

  private static void retarget(Schema schema, Map<String, String> plan) {
    String target = SchemaGraph.target(schema);
    if (target != null && plan.containsKey(target)) {
      schema.setRef(SchemaGraph.COMPONENTS + plan.get(target));
    }
  }

  private static Object copyValue(Object value) {
    if (value instanceof Schema schema) {
      return copy(schema);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(element -> copy.add(copyValue(element)));
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put(key, copyValue(element)));
      return copy;
    }
    return value;
  }
}
