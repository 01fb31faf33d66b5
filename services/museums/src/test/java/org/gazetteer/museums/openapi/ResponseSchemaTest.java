package org.gazetteer.museums.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.ResponseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The responses of every GET operation match the schema the service's own OpenAPI document declares
 * for them, read by a curator of the museum (who sees every field) and anonymously, with records
 * that leave many fields null.
 */
@QuarkusTest
@PostgresTest
class ResponseSchemaTest {

  /** Properties that only some answers carry: facets only in search results. */
  private static final String OPTIONAL = "ExhibitPage.facets";

  /** Marks a request only the museum's curators may send (a history, a pending revision). */
  private static final String INTERNAL = "internal:";

  /** Each GET operation of the document, and the requests that exercise it. */
  private static final Map<String, String[]> REQUESTS = new TreeMap<>();

  static {
    REQUESTS.put("/api/museums", new String[] {"/api/museums?limit=100"});
    REQUESTS.put(
        "/api/museums/{code}",
        new String[] {"/api/museums/schema-bare", "/api/museums/schema-branch"});
    REQUESTS.put("/api/museums/summary", new String[] {"/api/museums/summary"});
    REQUESTS.put("/api/museums/vocabularies", new String[] {"/api/museums/vocabularies"});
    REQUESTS.put(
        "/api/museums/{code}/history", new String[] {"internal:/api/museums/chengdu/history"});
    REQUESTS.put(
        "/api/museums/{code}/exhibits/import/template",
        new String[] {"/api/museums/chengdu/exhibits/import/template"});
    REQUESTS.put(
        "/api/exhibits",
        new String[] {
          "/api/exhibits?limit=100", "/api/exhibits?q=展品", "internal:/api/exhibits?status=IN_REVIEW"
        });
    REQUESTS.put("/api/exhibits/changes", new String[] {"/api/exhibits/changes?limit=100"});
    REQUESTS.put("/api/exhibits/vocabularies", new String[] {"/api/exhibits/vocabularies"});
    REQUESTS.put(
        "/api/exhibits/{id}", new String[] {"/api/exhibits/{bare}", "/api/exhibits/{full}"});
    REQUESTS.put(
        "/api/exhibits/{id}/history", new String[] {"internal:/api/exhibits/{full}/history"});
    REQUESTS.put(
        "/api/exhibits/{id}/revision", new String[] {"internal:/api/exhibits/{full}/revision"});
    REQUESTS.put("/api/exhibitions", new String[] {"/api/exhibitions"});
    REQUESTS.put("/api/exhibitions/{id}", new String[] {"/api/exhibitions/{exhibition}"});
    REQUESTS.put(
        "/api/exhibitions/{id}/exhibits", new String[] {"/api/exhibitions/{exhibition}/exhibits"});
    REQUESTS.put(
        "/api/exhibitions/{id}/history",
        new String[] {"internal:/api/exhibitions/{exhibition}/history"});
  }

  @Test
  void everyGetOperationIsChecked() {
    assertEquals(ResponseSchemas.fetch().getOperations(), prefixed(REQUESTS.keySet()));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("requests")
  void theResponseMatchesItsDeclaredSchema(String operation, String caller, String request) {
    var spec = given().header("Accept", "application/json, text/csv");
    if (caller.equals("curator")) {
      spec.header("Authorization", CURATOR_CHENGDU);
    }
    String path = SchemaRecords.resolve(request.replace(INTERNAL, ""));
    ResponseSchemas.fetch(OPTIONAL).assertMatches(operation, 200, spec.get(path));
  }

  static Stream<Arguments> requests() {
    return REQUESTS.entrySet().stream()
        .flatMap(
            e ->
                Stream.of(e.getValue())
                    .flatMap(
                        r ->
                            Stream.of("curator", "anonymous")
                                .filter(c -> c.equals("curator") || !r.startsWith(INTERNAL))
                                .map(c -> Arguments.of(e.getKey(), c, r))));
  }

  private static TreeSet<String> prefixed(Set<String> paths) {
    TreeSet<String> operations = new TreeSet<>();
    paths.forEach(p -> operations.add("GET " + p));
    return operations;
  }
}
