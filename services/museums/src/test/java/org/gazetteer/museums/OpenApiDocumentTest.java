package org.gazetteer.museums;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** Every operation of the museums API is documented: id, summary, and its error responses. */
@QuarkusTest
@PostgresTest
class OpenApiDocumentTest {

  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

  @Test
  void everyOperationHasAnIdASummaryAndProblemErrors() {
    JsonPath document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    List<String> gaps = new ArrayList<>();
    int operations = 0;
    for (var path : paths.entrySet()) {
      for (var operation : path.getValue().entrySet()) {
        if (!METHODS.contains(operation.getKey())) {
          continue;
        }
        operations++;
        String where = operation.getKey().toUpperCase() + " " + path.getKey();
        Map<String, Object> op = operation.getValue();
        if (op.get("operationId") == null || op.get("summary") == null) {
          gaps.add(where + ": no operationId or summary");
        }
        gaps.addAll(errorGaps(where, op));
      }
    }
    assertTrue(operations >= 23, "only " + operations + " operations documented");
    assertEquals(List.of(), gaps);
  }

  @Test
  void anEditDeclaresBothOutcomesAndStaffNamesAreNullable() {
    JsonPath document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String put = "paths.'/api/exhibits/{id}'.put.responses.";
    String json = ".content.'application/json'.schema.$ref";
    assertEquals("#/components/schemas/Exhibit", document.getString(put + "'200'" + json));
    assertEquals("#/components/schemas/ExhibitRevision", document.getString(put + "'202'" + json));
    for (String property :
        List.of("Exhibit.createdBy", "Exhibition.createdBy", "Exhibit.pendingRevision")) {
      String[] names = property.split("\\.");
      Map<String, Object> schema =
          document.getMap("components.schemas." + names[0] + ".properties." + names[1]);
      assertTrue(nullable(schema), property + " is not declared nullable: " + schema);
    }
  }

  /** Whether a property schema admits null, in OpenAPI 3.0 ({@code nullable}) or 3.1 form. */
  private static boolean nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (Boolean.TRUE.equals(schema.get("nullable"))
        || type instanceof List<?> types && types.contains("null")) {
      return true;
    }
    for (String combination : List.of("anyOf", "oneOf")) {
      if (schema.get(combination) instanceof List<?> options
          && options.stream()
              .anyMatch(o -> o instanceof Map<?, ?> m && "null".equals(m.get("type")))) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static List<String> errorGaps(String where, Map<String, Object> op) {
    List<String> gaps = new ArrayList<>();
    Map<String, Map<String, Object>> responses =
        (Map<String, Map<String, Object>>) op.get("responses");
    boolean takesInput = op.get("parameters") != null || op.get("requestBody") != null;
    boolean documentsErrors = responses.keySet().stream().anyMatch(code -> code.startsWith("4"));
    if (takesInput && !documentsErrors) {
      gaps.add(where + ": takes input but documents no 4xx");
    }
    for (var response : responses.entrySet()) {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
        if (content == null || !content.containsKey("application/problem+json")) {
          gaps.add(where + " " + response.getKey() + ": not application/problem+json");
        }
      }
    }
    return gaps;
  }
}
