package org.gazetteer.alliance.badinput;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Control characters in the path or query are a 400 problem+json, never a database error. */
@QuarkusTest
@PostgresTest
class ControlCharactersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/alliance/members/%00",
        "/api/alliance/members?division=%00",
        "/api/alliance/members?status=%0A"
      })
  void controlCharactersInThePathOrQueryAre400(String path) {
    given()
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"));
  }
}
