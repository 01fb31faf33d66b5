package org.gazetteer.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of caller has its own bucket and tier: anonymous callers per address, users per {@code
 * sub}, registered clients per {@code azp} (the partner app a tier of its own). Tiers are small
 * here and their windows an hour, so nothing refills while a test runs.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallTiers.class)
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class RateLimitTest {

  /** Tiers small enough to run out of. */
  public static class SmallTiers implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.rate-limit.tiers.anon.quota", "3",
          "gateway.rate-limit.tiers.anon.window", "1H",
          "gateway.rate-limit.tiers.user.quota", "5",
          "gateway.rate-limit.tiers.user.window", "1H",
          "gateway.rate-limit.tiers.client.quota", "2",
          "gateway.rate-limit.tiers.client.window", "1H",
          "gateway.rate-limit.tiers.partner.quota", "4",
          "gateway.rate-limit.tiers.partner.window", "1H");
    }
  }

  @Inject GatewayConfig config;

  @BeforeEach
  void upstreamAnswers() {
    GatewayFixtures.upstream(config, "museums")
        .register(get(urlPathMatching("/api/exhibits.*")).willReturn(aResponse().withStatus(200)));
  }

  private static Response read(String authorization, String forwardedFor) {
    var request = given();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.get("/api/exhibits/" + forwardedFor);
  }

  /** A token a registered client gets with its own credentials (its service account's). */
  private static String client(String clientId) {
    return "Bearer "
        + TestTokens.sign(TestTokens.claims("service-account-" + clientId).claim("azp", clientId));
  }

  /** A user's token, signed in through the web app. */
  private static String user(String name) {
    return "Bearer " + TestTokens.sign(TestTokens.claims(name).claim("azp", "gazetteer-web"));
  }

  private static int allowed(String authorization, int tries) {
    int ok = 0;
    for (int i = 0; i < tries; i++) {
      if (read(authorization, "x").statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }

  @Test
  void eachUserHasTheUserTierAndTheirOwnBucket() {
    String alice = user("alice-" + UUID.randomUUID());
    String bob = user("bob-" + UUID.randomUUID());
    read(alice, "1")
        .then()
        .statusCode(200)
        .header("RateLimit-Policy", "\"user\";q=5;w=3600")
        .header("RateLimit", matchesPattern("\"user\";r=4;t=(3600|3599)"));
    assertEquals(4, allowed(alice, 10), "the rest of alice's quota");
    assertEquals(5, allowed(bob, 10), "bob counts apart");
  }

  @Test
  void aFederatedSearchCountsOnce() {
    String dave = user("dave-" + UUID.randomUUID());
    read(dave, "1").then().header("RateLimit", matchesPattern("\"user\";r=4;t=[0-9]+"));
    given()
        .header("Authorization", dave)
        .queryParam("q", "方志")
        .get("/api/search")
        .then()
        .statusCode(200)
        .header("RateLimit", matchesPattern("\"user\";r=3;t=[0-9]+"));
    read(dave, "2").then().header("RateLimit", matchesPattern("\"user\";r=2;t=[0-9]+"));
  }

  @Test
  void overTheLimitIsA429ProblemWithRetryAfterAndThePolicy() {
    String carol = user("carol-" + UUID.randomUUID());
    allowed(carol, 5);
    read(carol, "over")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/quota-exceeded"))
        .body("status", equalTo(429))
        .body("detail", containsString("\"user\""))
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .header("RateLimit-Policy", "\"user\";q=5;w=3600")
        .header("RateLimit", matchesPattern("\"user\";r=0;t=[0-9]+"));
    assertEquals(
        0,
        GatewayFixtures.received(GatewayFixtures.upstream(config, "museums"), "/api/exhibits/over")
            .size(),
        "a refused request goes no further");
  }

  @Test
  void registeredClientsHaveTheirTierAndOthersTheClientTier() {
    read(client("demo-partner-app"), "p")
        .then()
        .header("RateLimit-Policy", "\"partner\";q=4;w=3600");
    assertEquals(3, allowed(client("demo-partner-app"), 10));
    String other = "other-app-" + UUID.randomUUID();
    assertEquals(2, allowed(client(other), 10));
    read(client(other), "c")
        .then()
        .statusCode(429)
        .header("RateLimit-Policy", "\"client\";q=2;w=3600");
  }

  @Test
  void anonymousCallersShareTheirAddresssBucketAndNothingElseIsLimited() {
    // Only this test calls anonymously, all from the loopback address: one bucket of 3.
    assertEquals(3, allowed(null, 10));
    read(null, "again").then().statusCode(429).header("RateLimit-Policy", "\"anon\";q=3;w=3600");
    given().get("/q/health/ready").then().statusCode(200).header("RateLimit", nullValue());
  }
}
