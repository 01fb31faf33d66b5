package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The paths the gateway answers itself, as the merged document states them: the federated search
 * ({@code /api/search}), with its schema {@code FederatedSearchResult}.
 */
final class GatewayPaths {

  static final String SEARCH_RESULT = "FederatedSearchResult";
  static final String SEARCH_SECTION = "FederatedSearchSection";
  static final String SEARCH_SOURCE = "FederatedSearchSource";

  /** The schema names the gateway's own paths take; a service's of the same name is renamed. */
  static final List<String> SCHEMAS = List.of(SEARCH_RESULT, SEARCH_SECTION, SEARCH_SOURCE);

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private static final List<String> SECTIONS =
      List.of("museums", "exhibits", "readingRooms", "events", "resources");
  private static final List<String> SOURCES =
      List.of("museums", "readingRooms", "events", "alliance");

  private GatewayPaths() {}

  /**
   * Adds {@code /api/search} to {@code paths}, its tag to {@code tags} and its schemas to {@code
   * schemas}; {@code problem} is the schema of its 400.
   */
  static void add(ObjectNode paths, ArrayNode tags, ObjectNode schemas, ObjectNode problem) {
    tags.addObject()
        .put("name", "Search")
        .put("description", "One search across the network's services (answered by the gateway)");
    ObjectNode get = paths.putObject("/api/search").putObject("get");
    get.putArray("tags").add("Search");
    get.put("operationId", "federatedSearch");
    get.put("summary", "Search the whole network at once");
    get.put(
        "description",
        "Asks the services' own list searches in parallel, each with a timeout, for public data"
            + " only: museums, published exhibits, reading rooms (by name, then by holdings),"
            + " upcoming events and public alliance resources. A service that fails or is slow"
            + " leaves its sections empty and is named in `sources`; the answer is still a 200."
            + " Anonymous answers are cached briefly; the rate limiter counts a search once.");
    ArrayNode parameters = get.putArray("parameters");
    ObjectNode q = parameters.addObject().put("name", "q").put("in", "query").put("required", true);
    q.put(
        "description",
        "Text, Chinese or English: at most 100 characters and 8 words, one of two characters or"
            + " more");
    q.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 100);
    q.put("example", "方志");
    ObjectNode limit =
        parameters.addObject().put("name", "limit").put("in", "query").put("required", false);
    limit.put("description", "Items per section");
    limit
        .putObject("schema")
        .put("type", "integer")
        .put("format", "int32")
        .put("minimum", 1)
        .put("maximum", 20)
        .put("default", 5);
    ObjectNode responses = get.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "A section per kind and how each service answered");
    ok.putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/" + SEARCH_RESULT);
    ObjectNode bad = responses.putObject("400");
    bad.put("description", "No q, or a q or limit out of bounds");
    bad.putObject("content").putObject("application/problem+json").set("schema", problem);

    ObjectNode result = object("The network's answers to one text, a section per kind");
    ObjectNode properties = result.putObject("properties");
    properties.putObject("q").put("type", "string").put("description", "The text searched for");
    for (String section : SECTIONS) {
      properties.putObject(section).put("$ref", "#/components/schemas/" + SEARCH_SECTION);
    }
    ObjectNode sources = properties.putObject("sources");
    sources.put("type", "object");
    sources.put("description", "How each service answered");
    ObjectNode sourceProperties = sources.putObject("properties");
    ArrayNode sourcesRequired = sources.putArray("required");
    for (String source : SOURCES) {
      sourceProperties.putObject(source).put("$ref", "#/components/schemas/" + SEARCH_SOURCE);
      sourcesRequired.add(source);
    }
    ArrayNode required = result.putArray("required").add("q");
    SECTIONS.forEach(required::add);
    required.add("sources");
    schemas.set(SEARCH_RESULT, result);

    ObjectNode section = object("The first matches of one kind, as its service lists them");
    ObjectNode sectionProperties = section.putObject("properties");
    ObjectNode items = sectionProperties.putObject("items");
    items.put("type", "array");
    items.put("description", "Items of the service's own list (see its list operation)");
    items.putObject("items").put("type", "object");
    sectionProperties
        .putObject("more")
        .put("type", "string")
        .put("format", "uri")
        .put("description", "The full list through the gateway");
    section.putArray("required").add("items").add("more");
    schemas.set(SEARCH_SECTION, section);

    ObjectNode source = object("Whether a service's part of the search came back");
    ObjectNode sp = source.putObject("properties");
    sp.putObject("status")
        .put("type", "string")
        .putArray("enum")
        .add("ok")
        .add("timeout")
        .add("error");
    sp.putObject("problem")
        .put("type", "string")
        .put("description", "What went wrong; absent when ok")
        .put("x-left-out-when-null", true);
    source.putArray("required").add("status");
    schemas.set(SEARCH_SOURCE, source);
  }

  private static ObjectNode object(String description) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    node.put("description", description);
    return node;
  }
}
