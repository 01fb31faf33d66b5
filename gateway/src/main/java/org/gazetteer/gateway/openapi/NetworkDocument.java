package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gazetteer.gateway.openapi.ComponentRefs.Key;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;

/**
 * Merges the services' own OpenAPI documents into the one document of the network that the gateway
 * serves at {@code /openapi}: the paths the gateway routes to each service (as the gateway serves
 * them, which are the services' paths), their components with name collisions resolved ({@link
 * ComponentNames}), the tags, one server (the gateway's public URL), the security schemes of the
 * realm, and what the gateway adds to every operation (a 429 answer). Which parts are stale or
 * missing is said in {@code x-stale-sources}, {@code x-missing-sources} and the description.
 *
 * <p>The documents are handled as JSON trees, so whatever the services emit (OpenAPI 3.1, JSON
 * Schema 2020-12 keywords) is carried over as it is; the merged document keeps the services' {@code
 * openapi} version.
 */
public final class NetworkDocument {

  /** The version services emit (SmallRye OpenAPI), used while no document has been fetched. */
  static final String DEFAULT_VERSION = "3.1.0";

  static final String BEARER = "bearer";
  static final String OAUTH2 = "oauth2";
  static final String TOO_MANY_REQUESTS = "TooManyRequests";
  static final String PROBLEM = "Problem";

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final List<String> RATE_LIMIT_HEADERS =
      List.of("RateLimit-Policy", "RateLimit", "Retry-After");
  private static final Set<Key> RESERVED = reserved();

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * What the merged document says of the gateway itself.
   *
   * @param version the version of the network's API document ({@code info.version})
   * @param refresh how often the services' documents are fetched again
   * @param rateLimits the paragraph on rate limits ({@link RateLimitDescription})
   */
  public record Settings(
      URI publicUrl,
      SignIn signIn,
      RouteTable routes,
      String version,
      Duration refresh,
      String rateLimits) {}

  private NetworkDocument() {}

  /**
   * The merged document of {@code sources}, one per upstream (in the order of their names, which
   * decides which service names a component variant).
   */
  public static ObjectNode merge(List<SourceDocument> sources, Settings settings) {
    String version = version(sources);
    List<SourceDocument> merged = new ArrayList<>();
    Map<Upstream, String> incompatible = new LinkedHashMap<>();
    for (SourceDocument source : sources) {
      if (source.missing()) {
        continue;
      }
      String own = source.document().path("openapi").asText("");
      if (minor(own).equals(minor(version))) {
        merged.add(source);
      } else {
        incompatible.put(source.upstream(), own);
      }
    }

    Map<Upstream, Map<Key, JsonNode>> components = new LinkedHashMap<>();
    for (SourceDocument source : merged) {
      components.put(source.upstream(), components(source.document()));
    }
    ComponentNames names = ComponentNames.of(components, RESERVED);

    ObjectNode document = NODES.objectNode();
    document.put("openapi", version);
    ObjectNode info = document.putObject("info");
    document.putArray("servers").addObject().put("url", origin(settings.publicUrl()));
    ArrayNode tags = document.putArray("tags");
    ObjectNode paths = document.putObject("paths");
    ObjectNode merging = NODES.objectNode();

    Set<String> operationIds = new HashSet<>();
    Map<String, ObjectNode> tagsByName = new LinkedHashMap<>();
    for (SourceDocument source : merged) {
      Upstream upstream = source.upstream();
      JsonNode own = source.document().deepCopy();
      ComponentRefs.rename(own, names.renamedIn(upstream));
      addPaths(own, upstream, settings.routes(), paths, operationIds);
      addTags(own, tagsByName);
      addComponents(own, upstream, names, merging);
    }
    tagsByName.values().forEach(tags::add);

    ObjectNode componentsNode = document.putObject("components");
    for (Map.Entry<String, JsonNode> section : merging.properties()) {
      componentsNode.set(section.getKey(), sorted((ObjectNode) section.getValue()));
    }
    addGatewayComponents(componentsNode, settings.signIn());
    ObjectNode problem = NODES.objectNode();
    if (componentsNode.path("schemas").has(PROBLEM)) {
      problem.put("$ref", new Key("schemas", PROBLEM).ref());
    } else {
      problem.setAll(problemSchema());
    }
    GatewayPaths.add(paths, tags, componentsNode.withObjectProperty("schemas"), problem);
    addGatewayResponses(paths);

    List<SourceDocument> stale = new ArrayList<>();
    List<Upstream> missing = new ArrayList<>();
    for (SourceDocument source : sources) {
      if (source.missing() || incompatible.containsKey(source.upstream())) {
        missing.add(source.upstream());
      } else if (source.stale()) {
        stale.add(source);
      }
    }
    ArrayNode staleNode = document.putArray("x-stale-sources");
    stale.forEach(source -> staleNode.add(source.upstream().id()));
    ArrayNode missingNode = document.putArray("x-missing-sources");
    missing.forEach(upstream -> missingNode.add(upstream.id()));

    info.put("title", "Gazetteer Museum Network API");
    info.put("version", settings.version());
    info.put(
        "description",
        NetworkDescription.of(settings, merged, stale, missing, incompatible, version));
    return document;
  }

  /** The version of the first document held, which the others must share (3.0 or 3.1). */
  private static String version(List<SourceDocument> sources) {
    return sources.stream()
        .filter(source -> !source.missing())
        .map(source -> source.document().path("openapi").asText(""))
        .filter(version -> version.startsWith("3."))
        .findFirst()
        .orElse(DEFAULT_VERSION);
  }

  private static String minor(String version) {
    String[] parts = version.split("\\.");
    return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
  }

  private static String origin(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The components a document defines, security schemes aside (the gateway defines its own). */
  private static Map<Key, JsonNode> components(JsonNode document) {
    Map<Key, JsonNode> components = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
      if (!section.getKey().startsWith("x-") && section.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
          components.put(new Key(section.getKey(), entry.getKey()), entry.getValue());
        }
      }
    }
    components.keySet().removeIf(key -> key.section().equals("securitySchemes"));
    return components;
  }

  private static void addPaths(
      JsonNode document,
      Upstream upstream,
      RouteTable routes,
      ObjectNode paths,
      Set<String> operationIds) {
    JsonNode topSecurity = document.path("security");
    for (Map.Entry<String, JsonNode> item : document.path("paths").properties()) {
      String path = item.getKey();
      boolean routed =
          routes
              .resolve(path)
              .filter(route -> route.upstream().id().equals(upstream.id()))
              .isPresent();
      if (!routed || paths.has(path) || !item.getValue().isObject()) {
        continue;
      }
      ObjectNode pathItem = (ObjectNode) item.getValue();
      // every request goes through the gateway, whatever a service says of its own address
      pathItem.remove("servers");
      for (String method : METHODS) {
        JsonNode operation = pathItem.path(method);
        if (operation.isObject()) {
          operation(
              (ObjectNode) operation, upstream, topSecurity, operationIds, method + " " + path);
        }
      }
      paths.set(path, pathItem);
    }
  }

  private static void operation(
      ObjectNode operation,
      Upstream upstream,
      JsonNode topSecurity,
      Set<String> operationIds,
      String where) {
    operation.remove("servers");
    if (!operation.has("security") && topSecurity.isArray()) {
      operation.set("security", topSecurity.deepCopy());
    }
    JsonNode security = operation.path("security");
    if (security.isArray()) {
      operation.set("security", withSignIn((ArrayNode) security));
    }
    String id = operation.path("operationId").asText(null);
    if (id != null && !operationIds.add(id)) {
      String prefixed = upstream.id().replace("-", "") + Character.toUpperCase(id.charAt(0));
      prefixed += id.substring(1);
      operation.put("operationId", prefixed);
      operationIds.add(prefixed);
    }
  }

  /**
   * The requirements, plus for each that takes the bearer token the same with the realm's sign-in:
   * a token Swagger UI obtained through {@code oauth2} is then sent, and a pasted one too.
   */
  private static ArrayNode withSignIn(ArrayNode security) {
    ArrayNode result = security.deepCopy();
    for (JsonNode requirement : security) {
      if (requirement.has(BEARER) && !requirement.has(OAUTH2)) {
        ObjectNode signIn = ((ObjectNode) requirement).deepCopy();
        signIn.remove(BEARER);
        signIn.putArray(OAUTH2);
        if (!contains(result, signIn)) {
          result.add(signIn);
        }
      }
    }
    return result;
  }

  private static boolean contains(ArrayNode array, JsonNode node) {
    for (JsonNode item : array) {
      if (item.equals(node)) {
        return true;
      }
    }
    return false;
  }

  private static void addTags(JsonNode document, Map<String, ObjectNode> tags) {
    for (JsonNode tag : document.path("tags")) {
      String name = tag.path("name").asText(null);
      if (name == null || !tag.isObject()) {
        continue;
      }
      ObjectNode known = tags.get(name);
      if (known == null) {
        tags.put(name, ((ObjectNode) tag).deepCopy());
      } else if (!known.has("description") && tag.has("description")) {
        known.set("description", tag.get("description"));
      }
    }
  }

  private static void addComponents(
      JsonNode document, Upstream upstream, ComponentNames names, ObjectNode merging) {
    components(document)
        .forEach(
            (key, node) -> {
              ObjectNode section = merging.withObjectProperty(key.section());
              String name = names.nameOf(upstream, key);
              if (!section.has(name)) {
                section.set(name, node);
              }
            });
    // schemes other than the bearer token, which the gateway describes itself
    for (Map.Entry<String, JsonNode> scheme :
        document.path("components").path("securitySchemes").properties()) {
      if (!scheme.getKey().equals(BEARER) && !scheme.getKey().equals(OAUTH2)) {
        ObjectNode schemes = merging.withObjectProperty("securitySchemes");
        if (!schemes.has(scheme.getKey())) {
          schemes.set(scheme.getKey(), scheme.getValue());
        }
      }
    }
  }

  private static void addGatewayComponents(ObjectNode components, SignIn signIn) {
    ObjectNode schemes = components.withObjectProperty("securitySchemes");
    ObjectNode bearer = NODES.objectNode();
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    bearer.put("bearerFormat", "JWT");
    bearer.put(
        "description",
        "An access token of the network's realm (audience `gazetteer-api`), sent as"
            + " `Authorization: Bearer …`");
    ObjectNode oauth2 = NODES.objectNode();
    oauth2.put("type", "oauth2");
    oauth2.put(
        "description",
        "Sign in with the network's realm: authorization code with PKCE (S256), public client"
            + " `gazetteer-web`");
    ObjectNode code = oauth2.putObject("flows").putObject("authorizationCode");
    code.put("authorizationUrl", signIn.authorizationUrl());
    code.put("tokenUrl", signIn.tokenUrl());
    code.put("refreshUrl", signIn.tokenUrl());
    code.putObject("scopes");
    ObjectNode ordered = NODES.objectNode();
    ordered.set(BEARER, bearer);
    ordered.set(OAUTH2, oauth2);
    ordered.setAll(schemes);
    components.set("securitySchemes", ordered);

    ObjectNode headers = components.withObjectProperty("headers");
    headers.set(
        "RateLimit-Policy",
        header(
            "The quota policies that apply to the caller (IETF draft RateLimit header fields"
                + " for HTTP): a list of policies, each with its quota `q` and window `w` in"
                + " seconds",
            "\"user\";q=600;w=60"));
    headers.set(
        "RateLimit",
        header(
            "What is left of the quota: remaining requests `r` and seconds `t` until the"
                + " window resets, per policy",
            "\"user\";r=0;t=42"));
    headers.set("Retry-After", header("Seconds to wait before sending the request again", "42"));

    ObjectNode tooMany = components.withObjectProperty("responses").putObject(TOO_MANY_REQUESTS);
    tooMany.put(
        "description",
        "Too many requests: the caller's rate limit at the gateway is used up, and the request"
            + " was not forwarded (problem type `/problems/quota-exceeded`); retry after"
            + " `Retry-After` seconds");
    ObjectNode responseHeaders = tooMany.putObject("headers");
    for (String name : RATE_LIMIT_HEADERS) {
      responseHeaders.putObject(name).put("$ref", new Key("headers", name).ref());
    }
    ObjectNode schema =
        tooMany.putObject("content").putObject("application/problem+json").putObject("schema");
    if (components.path("schemas").has(PROBLEM)) {
      schema.put("$ref", new Key("schemas", PROBLEM).ref());
    } else {
      schema.setAll(problemSchema());
    }
  }

  private static ObjectNode sorted(ObjectNode section) {
    ObjectNode sorted = NODES.objectNode();
    new TreeMap<>(
            section.properties().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
        .forEach(sorted::set);
    return sorted;
  }

  private static ObjectNode header(String description, String example) {
    ObjectNode header = NODES.objectNode();
    header.put("description", description);
    header.putObject("schema").put("type", "string");
    header.put("example", example);
    return header;
  }

  /** RFC 9457 problem details, for when no service's {@code Problem} schema is at hand. */
  private static ObjectNode problemSchema() {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    schema.put("description", "RFC 9457 problem details");
    ObjectNode properties = schema.putObject("properties");
    for (String name : List.of("type", "title", "detail", "requestId")) {
      properties.putObject(name).put("type", "string");
    }
    properties.putObject("status").put("type", "integer");
    return schema;
  }

  /** Every operation may be refused by the rate limiter, whatever the service would answer. */
  private static void addGatewayResponses(ObjectNode paths) {
    paths.forEach(
        pathItem -> {
          for (String method : METHODS) {
            JsonNode operation = pathItem.path(method);
            if (operation.isObject()) {
              ObjectNode responses = ((ObjectNode) operation).withObjectProperty("responses");
              if (!responses.has("429")) {
                responses
                    .putObject("429")
                    .put("$ref", new Key("responses", TOO_MANY_REQUESTS).ref());
              }
            }
          }
        });
  }

  private static Set<Key> reserved() {
    Set<Key> reserved = new HashSet<>();
    reserved.add(new Key("responses", TOO_MANY_REQUESTS));
    GatewayPaths.SCHEMAS.forEach(name -> reserved.add(new Key("schemas", name)));
    RATE_LIMIT_HEADERS.forEach(name -> reserved.add(new Key("headers", name)));
    return Set.copyOf(reserved);
  }
}
