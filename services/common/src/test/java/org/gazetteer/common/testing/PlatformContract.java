package org.gazetteer.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every service offers besides its API, checked the same way in each: readiness with the
 * database, Prometheus metrics, OpenAPI with problem responses, the limits of every request array
 * and whole-value patterns, problem+json for unknown paths, request ids, control characters in the
 * path or query refused with a 400. A service's test extends it with
 * {@code @QuarkusTest @PostgresTest}.
 */
public abstract class PlatformContract {

  private final String listPath;
  private final String missingRecordPath;
  private final String unknownPath;

  /**
   * @param listPath a public list of the service
   * @param missingRecordPath a record that does not exist (404)
   * @param unknownPath a path no endpoint serves
   */
  protected PlatformContract(String listPath, String missingRecordPath, String unknownPath) {
    this.listPath = listPath;
    this.missingRecordPath = missingRecordPath;
    this.unknownPath = unknownPath;
  }

  @Test
  void readinessIsUpWithTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
  }

  @Test
  void metricsArePrometheusText() {
    given().get(listPath).then().statusCode(200);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"));
  }

  @Test
  void openApiHasTheListAndTheProblemSchema() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("paths", hasKey(listPath))
        .body("components.schemas", hasKey("Problem"));
  }

  @Test
  void openApiStatesTheMaxItemsOfEveryArrayARequestMayHold() {
    assertEquals(List.of(), OpenApiRules.fetch().requestArraysWithoutMaxItems());
  }

  @Test
  void openApiPatternsMatchWholeValuesInEcmaScript() {
    assertEquals(List.of(), OpenApiRules.fetch().patternsNotMatchingWholeValues());
  }

  @Test
  void unknownPathIsProblemJson() {
    given().get(unknownPath).then().statusCode(404).contentType("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%00", "%0A", "%1B%5B31m", "%7F", "%C2%85", "%FF%FE"})
  void controlCharactersInThePathOrAQueryAre400ProblemJson(String encoded) {
    for (String path : List.of(missingRecordPath + encoded, listPath + "?q=" + encoded)) {
      given()
          .urlEncodingEnabled(false)
          .get(path)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/validation"));
    }
  }

  @Test
  void requestIdIsKeptAndEchoed() {
    given()
        .header("X-Request-Id", "abc-123")
        .get(missingRecordPath)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", "abc-123")
        .body("requestId", equalTo("abc-123"));
  }

  @Test
  void aBodyDeclaredTooLargeIs413ProblemJsonBeforeItIsSent() throws IOException {
    String answer =
        LoopbackHttp.exchange(
            URI.create("http://localhost:" + RestAssured.port),
            "POST "
                + listPath
                + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 104857600\r\nExpect: 100-continue\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("application/problem+json"), answer);
  }
}
