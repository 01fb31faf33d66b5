package org.gazetteer.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway rejects invalid bearer tokens and leaves authorization to the services. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class TokenCheckTest {

  @Inject GatewayConfig config;

  private WireMock events;
  private String path;

  @BeforeEach
  void stubUpstream() {
    events = GatewayFixtures.upstream(config, "events");
    path = GatewayFixtures.uniquePath("/api/registrations");
    events.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void forwardsAValidTokenUnchanged() {
    String bearer = TestTokens.bearer("organizer.chengdu", "chengdu", "event-organizer");

    given().header("Authorization", bearer).when().get(path).then().statusCode(200);

    assertEquals(bearer, GatewayFixtures.receivedOnce(events, path).getHeader("Authorization"));
  }

  @Test
  void forwardsTheBodyOfAnAuthenticatedRequest() {
    String body = "{\"session\":\"4f1c2a\"}";

    given()
        .header("Authorization", TestTokens.bearer("visitor", null))
        .contentType("application/json")
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(200);

    assertEquals(body, GatewayFixtures.receivedOnce(events, path).getBodyAsString());
  }

  @Test
  void passesARequestWithoutTokenAnonymously() {
    given().when().post(path).then().statusCode(200);

    assertFalse(GatewayFixtures.receivedOnce(events, path).containsHeader("Authorization"));
  }

  @Test
  void rejectsATokenSignedByAnUntrustedKey() {
    assertRejected("Bearer " + TestTokens.untrusted("mallory"));
  }

  @Test
  void rejectsAnExpiredToken() {
    assertRejected("Bearer " + TestTokens.expired("visitor"));
  }

  @Test
  void rejectsATokenForAnotherAudience() {
    assertRejected("Bearer " + TestTokens.forAudience("visitor", "another-api"));
  }

  @Test
  void rejectsAMalformedToken() {
    assertRejected("Bearer not-a-jwt");
  }

  private void assertRejected(String authorization) {
    given()
        .header("Authorization", authorization)
        .when()
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("type", equalTo("/problems/unauthorized"))
        .body("status", equalTo(401));
    assertTrue(GatewayFixtures.received(events, path).isEmpty(), "the upstream was called");
  }
}
