package org.gazetteer.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Where a document's schemas are: those clients send (request bodies, parameters), those they
 * receive (response bodies and headers), the schemas nested in each (properties, items, {@code
 * allOf}/{@code anyOf}/{@code oneOf}, {@code additionalProperties}, every other keyword that holds
 * one), and the component schemas they reach through {@code $ref}, transitively.
 */
final class SchemaGraph {

  static final String COMPONENTS = "#/components/schemas/";

  private SchemaGraph() {}

  /** The schemas of request bodies and parameters, in operations and in the components. */
  static List<Schema> requestRoots(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>();
    operations(openAPI)
        .forEach(
            op -> {
              parameters(op.getParameters(), roots);
              requestBody(op.getRequestBody(), roots);
            });
    pathItems(openAPI).forEach(item -> parameters(item.getParameters(), roots));
    Components components = openAPI.getComponents();
    if (components != null) {
      parameters(values(components.getParameters()), roots);
      values(components.getRequestBodies()).forEach(body -> requestBody(body, roots));
    }
    return roots;
  }

  /** The schemas of responses, bodies and headers, in operations and in the components. */
  static List<Schema> responseRoots(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>();
    operations(openAPI)
        .forEach(
            op -> {
              if (op.getResponses() != null) {
                values(op.getResponses().getAPIResponses()).forEach(r -> response(r, roots));
              }
            });
    Components components = openAPI.getComponents();
    if (components != null) {
      values(components.getResponses()).forEach(r -> response(r, roots));
      headers(values(components.getHeaders()), roots);
    }
    return roots;
  }

  /** Every schema of the document: the roots of both sides and the component schemas. */
  static List<Schema> roots(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>(requestRoots(openAPI));
    roots.addAll(responseRoots(openAPI));
    roots.addAll(components(openAPI).values());
    return roots;
  }

  /** The component schemas by name, empty when there are none. */
  static Map<String, Schema> components(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    return components == null || components.getSchemas() == null
        ? Map.of()
        : components.getSchemas();
  }

  /** Visits the schema and every schema nested in it, without following references. */
  static void visit(Schema schema, Consumer<Schema> visitor) {
    if (schema == null) {
      return;
    }
    visitor.accept(schema);
    schema.getAll().values().forEach(value -> visitValue(value, visitor));
  }

  /** The names of the component schemas that the roots reach through references, transitively. */
  static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> components) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<Schema> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      visit(
          pending.pop(),
          nested -> {
            String name = target(nested);
            if (name != null && components.containsKey(name) && reached.add(name)) {
              pending.push(components.get(name));
            }
          });
    }
    return reached;
  }

  /** The name of the component schema a schema refers to, or null if it refers to none. */
  static String target(Schema schema) {
    String ref = schema.getRef();
    return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
  }

  private static void visitValue(Object value, Consumer<Schema> visitor) {
    if (value instanceof Schema schema) {
      visit(schema, visitor);
    } else if (value instanceof Collection<?> elements) {
      elements.forEach(element -> visitValue(element, visitor));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(element -> visitValue(element, visitor));
    }
  }

  private static List<PathItem> pathItems(OpenAPI openAPI) {
    return openAPI.getPaths() == null
        ? List.of()
        : new ArrayList<>(values(openAPI.getPaths().getPathItems()));
  }

  private static List<Operation> operations(OpenAPI openAPI) {
    List<Operation> operations = new ArrayList<>();
    pathItems(openAPI).forEach(item -> operations.addAll(values(item.getOperations())));
    return operations;
  }

  private static void parameters(Collection<Parameter> parameters, List<Schema> roots) {
    if (parameters != null) {
      parameters.forEach(
          p -> {
            add(p.getSchema(), roots);
            content(p.getContent(), roots);
          });
    }
  }

  private static void requestBody(RequestBody body, List<Schema> roots) {
    if (body != null) {
      content(body.getContent(), roots);
    }
  }

  private static void response(APIResponse response, List<Schema> roots) {
    content(response.getContent(), roots);
    headers(values(response.getHeaders()), roots);
  }

  private static void headers(Collection<Header> headers, List<Schema> roots) {
    headers.forEach(
        h -> {
          add(h.getSchema(), roots);
          content(h.getContent(), roots);
        });
  }

  private static void content(Content content, List<Schema> roots) {
    if (content != null) {
      values(content.getMediaTypes()).stream()
          .map(MediaType::getSchema)
          .forEach(s -> add(s, roots));
    }
  }

  private static void add(Schema schema, List<Schema> roots) {
    if (schema != null) {
      roots.add(schema);
    }
  }

  private static <V> Collection<V> values(Map<?, V> map) {
    return map == null ? List.of() : map.values();
  }
}
