package org.gazetteer.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.gazetteer.common.security.VerifiedTokens;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once and then answered from the cache of verified tokens, until the second it
 * expires; a token that fails verification is never kept.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class VerifiedTokenCacheTest {

  @Inject GatewayConfig config;
  @Inject VerifiedTokens tokens;

  private String path;

  @BeforeEach
  void upstream() {
    path = GatewayFixtures.uniquePath("/api/exhibits");
    GatewayFixtures.upstream(config, "museums")
        .register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  private int status(String token) {
    return given().header("Authorization", "Bearer " + token).get(path).statusCode();
  }

  @Test
  void aTokenIsVerifiedOnceAndThenFoundVerified() {
    String token = TestTokens.token("cache.user", "chengdu", "curator");
    long hits = tokens.hits();
    long misses = tokens.misses();
    assertEquals(200, status(token));
    assertEquals(200, status(token));
    assertEquals(200, status(token));
    assertEquals(misses + 1, tokens.misses(), "verified once");
    assertEquals(hits + 2, tokens.hits(), "then found verified");
  }

  @Test
  void aKeptTokenIsRefusedFromTheSecondItExpires() {
    long expiresAt = Instant.now().getEpochSecond() + 2;
    String token = TestTokens.sign(TestTokens.claims("short.lived").expiresAt(expiresAt));
    assertEquals(200, status(token));
    assertEquals(200, status(token), "kept while valid");
    Instant deadline = Instant.now().plusSeconds(15);
    int status = 200;
    while (status == 200 && Instant.now().isBefore(deadline)) {
      status = status(token);
    }
    assertEquals(401, status, "refused once expired");
    assertTrue(Instant.now().getEpochSecond() >= expiresAt, "not before its exp");
    assertEquals(401, status(token), "and from then on");
  }

  @Test
  void aTokenThatFailsVerificationIsNeverKept() {
    String forged = TestTokens.untrusted("forger");
    long misses = tokens.misses();
    assertEquals(401, status(forged));
    assertEquals(401, status(forged));
    assertEquals(misses + 2, tokens.misses(), "checked afresh each time");
    String other = TestTokens.forAudience("elsewhere", "another-api");
    assertEquals(401, status(other));
    assertEquals(401, status(other));
  }
}
