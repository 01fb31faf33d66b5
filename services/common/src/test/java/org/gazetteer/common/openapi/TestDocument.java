package org.gazetteer.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * A small document as SmallRye OpenAPI would build it: {@code GET /items} answers a page of items,
 * {@code POST /items} takes an item request, {@code POST /texts} a bilingual text. Text, Place and
 * Size are used by both sides; Tag, Source and Facets only through references of the response.
 */
final class TestDocument {

  private TestDocument() {}

  static OpenAPI build() {
    var components = OASFactory.createComponents();
    schemas().forEach(components::addSchema);
    return OASFactory.createOpenAPI()
        .components(components)
        .paths(
            OASFactory.createPaths()
                .addPathItem("/items", OASFactory.createPathItem().GET(list()).POST(create()))
                .addPathItem("/texts", OASFactory.createPathItem().POST(takes("Text"))));
  }

  static String ref(String name) {
    return "#/components/schemas/" + name;
  }

  private static Map<String, Schema> schemas() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put(
        "Text",
        object("zh", string().pattern("\\S"), "en", nullableString()).required(List.of("zh")));
    schemas.put("Size", object("width", number(), "height", number()));
    schemas.get("Size").setRequired(List.of("width", "height"));
    schemas.put("Place", object("name", to("Text")).required(List.of("name")));
    schemas.put("Tag", object("label", string()));
    schemas.put("Source", object("url", string()));
    schemas.put("Facets", object("count", number()));
    schemas.put("Item", item());
    schemas.put("Page", page());
    schemas.put("ItemRequest", itemRequest());
    schemas.put(
        "Problem",
        object("type", string(), "title", string())
            // as SmallRye reads the extension back from a built document
            .set(RequiredProperties.LEFT_OUT_WHEN_NULL, "true"));
    schemas.put("Unused", object("a", string()));
    return schemas;
  }

  private static Schema item() {
    Schema tags = object().additionalPropertiesSchema(to("Tag"));
    Schema source =
        OASFactory.createSchema().allOf(List.of(to("Source"), object("label", string())));
    Schema item = object("title", to("Text"), "place", to("Place"));
    return item.addProperty("tags", tags)
        .addProperty("source", source)
        .addProperty("sizes", array(to("Size")));
  }

  private static Schema page() {
    Schema facets = to("Facets").addExtension(RequiredProperties.LEFT_OUT_WHEN_NULL, "true");
    return object("items", array(to("Item")), "next", nullableString())
        .addProperty("facets", facets);
  }

  private static Schema itemRequest() {
    Schema place = OASFactory.createSchema().anyOf(List.of(to("Place"), nullType()));
    Schema divisions = array(string().pattern("[1-8][0-9]{5}")).maxItems(50);
    return object("title", to("Text"), "place", place)
        .addProperty("sizes", array(to("Size")).maxItems(3))
        .addProperty("divisions", divisions)
        .required(List.of("title"));
  }

  private static Operation list() {
    return OASFactory.createOperation()
        .addParameter(query("division", "[1-8][0-9]{5}"))
        .addParameter(query("action", "publish|withdraw"))
        .addParameter(query("code", "^[a-z]+$"))
        .addParameter(query("linear", "[0-9]++"))
        .responses(
            OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().content(json("Page")))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("None")));
  }

  private static Operation create() {
    return takes("ItemRequest")
        .responses(
            OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().content(json("Item"))));
  }

  private static Operation takes(String schema) {
    return OASFactory.createOperation()
        .requestBody(OASFactory.createRequestBody().content(json(schema)));
  }

  private static Content json(String schema) {
    return OASFactory.createContent()
        .addMediaType("application/json", OASFactory.createMediaType().schema(to(schema)));
  }

  private static Parameter query(String name, String pattern) {
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .schema(string().pattern(pattern));
  }

  private static Schema object(Object... namesAndSchemas) {
    Schema object = OASFactory.createSchema().type(List.of(SchemaType.OBJECT));
    for (int i = 0; i < namesAndSchemas.length; i += 2) {
      object.addProperty((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
    }
    return object;
  }

  private static Schema array(Schema items) {
    return OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(items);
  }

  private static Schema to(String name) {
    return OASFactory.createSchema().ref(ref(name));
  }

  private static Schema string() {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING));
  }

  private static Schema nullableString() {
    return OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL));
  }

  private static Schema number() {
    return OASFactory.createSchema().type(List.of(SchemaType.NUMBER));
  }

  private static Schema nullType() {
    return OASFactory.createSchema().type(List.of(SchemaType.NULL));
  }
}
