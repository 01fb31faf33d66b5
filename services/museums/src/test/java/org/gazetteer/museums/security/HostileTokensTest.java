package org.gazetteer.museums.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.common.testing.ForgedToken;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forged and out-of-date tokens are 401 problem+json at the service too (services never trust the
 * network), even on a public read, where an anonymous call would be 200: they are rejected, not
 * ignored.
 */
@QuarkusTest
@PostgresTest
class HostileTokensTest {

  @ParameterizedTest
  @EnumSource(ForgedToken.class)
  void aTokenThatMustNotBeTrustedIs401(ForgedToken forged) {
    given()
        .header("Authorization", "Bearer " + forged.token())
        .get("/api/exhibits")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401));
  }
}
