package org.gazetteer.museums.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gazetteer.common.testing.HostileTokens;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forged and unusable tokens are 401 problem+json even on a public read, where an anonymous call
 * would be 200: the service rejects them, it does not ignore them.
 */
@QuarkusTest
@PostgresTest
class HostileTokensTest {

  static Stream<Arguments> tokens() {
    return HostileTokens.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokens")
  void aTokenThatMustNotBeTrustedIs401(String kind, Supplier<String> token) {
    given()
        .header("Authorization", "Bearer " + token.get())
        .get("/api/exhibits")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401));
  }
}
