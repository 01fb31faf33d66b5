package org.gazetteer.common.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A response carries every property its schema declares, {@code null} where there is no value
 * (docs/api-conventions.md), so every object schema that a response reaches lists all its
 * properties as {@code required}: the component schemas reached through {@code $ref} from response
 * bodies and headers, transitively, and the object schemas written out inside them. Schemas only
 * requests use keep the {@code required} list Bean Validation gave them ({@code @NotNull} and the
 * like). A schema both use is one schema only where its list is already the responses' one;
 * otherwise requests get a copy ({@link RequestCopies}).
 *
 * <p>A property that Jackson leaves out when it is null ({@code @JsonInclude(NON_NULL)}) says so
 * with the extension {@link #LEFT_OUT_WHEN_NULL} and is not required; on a whole schema (the
 * problem details) the extension leaves all its properties optional.
 */
public final class RequiredProperties {

  /** The extension of a property, or of a schema, that responses may leave out. */
  public static final String LEFT_OUT_WHEN_NULL = "x-left-out-when-null";

  private RequiredProperties() {}

  /** Declares the properties of response schemas required, copying shared schemas as needed. */
  static void apply(OpenAPI openAPI) {
    Map<String, Schema> components = SchemaGraph.components(openAPI);
    List<Schema> requestRoots = SchemaGraph.requestRoots(openAPI);
    Set<String> responses = SchemaGraph.reachable(SchemaGraph.responseRoots(openAPI), components);
    Set<String> requests = SchemaGraph.reachable(requestRoots, components);
    Set<String> shared = new HashSet<>(requests);
    shared.retainAll(responses);
    Map<String, String> plan =
        RequestCopies.plan(shared, components, RequiredProperties::differsForResponses);
    List<Schema> requestSide = new ArrayList<>(requestRoots);
    requests.stream()
        .filter(name -> !responses.contains(name))
        .forEach(name -> requestSide.add(components.get(name)));
    RequestCopies.make(openAPI, plan, requestSide);
    SchemaGraph.responseRoots(openAPI)
        .forEach(root -> SchemaGraph.visit(root, RequiredProperties::requireAll));
    responses.forEach(
        name -> SchemaGraph.visit(components.get(name), RequiredProperties::requireAll));
  }

  /** What a response requires of an object schema: its properties but those left out. */
  static List<String> responseRequired(Schema schema) {
    if (schema.getProperties() == null || leftOut(schema)) {
      return schema.getRequired() == null ? List.of() : schema.getRequired();
    }
    List<String> required = new ArrayList<>();
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if (property == null || !leftOut(property)) {
                required.add(name);
              }
            });
    return required;
  }

  /** Whether the schema, or an object schema written out in it, requires less than a response. */
  private static boolean differsForResponses(Schema schema) {
    List<Boolean> differs = new ArrayList<>();
    SchemaGraph.visit(
        schema,
        nested -> {
          List<String> stated = nested.getRequired() == null ? List.of() : nested.getRequired();
          differs.add(!new HashSet<>(stated).equals(new HashSet<>(responseRequired(nested))));
        });
    return differs.contains(true);
  }

  /**
   * Whether the schema carries {@link #LEFT_OUT_WHEN_NULL}: as an extension where the scan made it,
   * as a plain keyword where SmallRye read the built document back in (it runs the filter again).
   */
  private static boolean leftOut(Schema schema) {
    return schema.hasExtension(LEFT_OUT_WHEN_NULL)
        || schema.getAll().containsKey(LEFT_OUT_WHEN_NULL);
  }

  private static void requireAll(Schema schema) {
    if (schema.getProperties() == null || leftOut(schema)) {
      return;
    }
    List<String> required = responseRequired(schema);
    schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
  }
}
