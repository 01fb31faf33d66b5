package org.gazetteer.common.openapi;

import static org.gazetteer.common.openapi.TestDocument.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network's OpenAPI filter on {@link TestDocument}, applied as SmallRye applies it. */
class NetworkFilterTest {

  private final OpenAPI document = TestDocument.build();

  @BeforeEach
  void filter() {
    NetworkFilter filter = new NetworkFilter();
    document.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(filter::filterOperation);
    filter.filterOpenAPI(document);
  }

  @Test
  void aResponseSchemaRequiresEveryProperty() {
    assertEquals(List.of("items", "next"), schema("Page").getRequired());
    assertEquals(
        List.of("title", "place", "tags", "source", "sizes"), schema("Item").getRequired());
  }

  @Test
  void referencesOfResponsesAreFollowedThroughEveryKeyword() {
    // Place through a property, Size through items, Tag through additionalProperties, Source
    // through allOf, Facets through a property left out
    for (String reached : List.of("Place", "Size", "Tag", "Source", "Facets")) {
      Schema schema = schema(reached);
      assertEquals(List.copyOf(schema.getProperties().keySet()), schema.getRequired(), reached);
    }
    Schema writtenOut = property("Item", "source").getAllOf().get(1);
    assertEquals(List.of("label"), writtenOut.getRequired());
  }

  @Test
  void aSchemaOnlyRequestsUseKeepsItsOwnRequiredList() {
    assertEquals(List.of("title"), schema("ItemRequest").getRequired());
    assertNull(schema("Unused").getRequired());
  }

  @Test
  void aSharedSchemaThatRequestsRequireLessOfIsCopiedForThem() {
    assertEquals(List.of("zh", "en"), schema("Text").getRequired());
    assertEquals(List.of("zh"), schema("TextRequest").getRequired());
    assertEquals(ref("Text"), property("Item", "title").getRef());
    assertEquals(ref("TextRequest"), property("ItemRequest", "title").getRef());
    Operation postText = document.getPaths().getPathItem("/texts").getPOST();
    Schema body =
        postText.getRequestBody().getContent().getMediaType("application/json").getSchema();
    assertEquals(ref("TextRequest"), body.getRef());
  }

  @Test
  void aSharedSchemaReferringToACopiedOneIsCopiedToo() {
    assertEquals(ref("PlaceRequest"), property("ItemRequest", "place").getAnyOf().get(0).getRef());
    assertEquals(ref("TextRequest"), property("PlaceRequest", "name").getRef());
    assertEquals(ref("Text"), property("Place", "name").getRef());
  }

  @Test
  void aSharedSchemaThatRequiresAllAlreadyStaysOne() {
    assertFalse(document.getComponents().getSchemas().containsKey("SizeRequest"));
    assertEquals(ref("Size"), property("ItemRequest", "sizes").getItems().getRef());
    assertEquals(List.of("width", "height"), schema("Size").getRequired());
  }

  @Test
  void whatJacksonLeavesOutIsNotRequired() {
    assertFalse(schema("Page").getRequired().contains("facets"));
    assertNull(schema("Problem").getRequired());
  }

  @Test
  void filteringAgainChangesNothing() {
    String once = document.getComponents().getSchemas().toString();
    filter();
    assertEquals(once, document.getComponents().getSchemas().toString());
  }

  @Test
  void errorResponsesWithoutABodyGetTheProblemBody() {
    var notFound =
        document.getPaths().getPathItem("/items").getGET().getResponses().getAPIResponse("404");
    Schema body = notFound.getContent().getMediaType("application/problem+json").getSchema();
    assertEquals(ref("Problem"), body.getRef());
  }

  @Test
  void patternsMatchWholeValuesAsValidationDoes() {
    List<Parameter> parameters = document.getPaths().getPathItem("/items").getGET().getParameters();
    assertEquals("^[1-8][0-9]{5}$", parameters.get(0).getSchema().getPattern());
    assertEquals("^(?:publish|withdraw)$", parameters.get(1).getSchema().getPattern());
    assertEquals("^[a-z]+$", parameters.get(2).getSchema().getPattern());
    assertEquals("[0-9]++", parameters.get(3).getSchema().getPattern(), "not ECMA-262: left");
    assertEquals("^[1-8][0-9]{5}$", property("ItemRequest", "divisions").getItems().getPattern());
    assertEquals("\\S", property("Text", "zh").getPattern());
    assertEquals("\\S", property("TextRequest", "zh").getPattern());
  }

  private Schema schema(String name) {
    return document.getComponents().getSchemas().get(name);
  }

  private Schema property(String schema, String property) {
    return schema(schema).getProperties().get(property);
  }
}
