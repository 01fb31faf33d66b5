package org.gazetteer.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keycloak is down: the gateway has started anyway and says 503 only where a token is sent. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(UnreachableIdentityProvider.class)
class IdentityProviderOutageTest {

  @Inject GatewayConfig config;

  private WireMock museums;
  private String path;

  @BeforeEach
  void stubUpstream() {
    museums = GatewayFixtures.upstream(config, "museums");
    path = GatewayFixtures.uniquePath("/api/museums");
    museums.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void answers503WithRetryAfterToARequestWithAToken() {
    given()
        .header("Authorization", TestTokens.bearer("curator.chengdu", "chengdu", "curator"))
        .when()
        .get(path)
        .then()
        .time(lessThan(3000L))
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", HttpProblems.IDENTITY_RETRY_AFTER_SECONDS)
        .body("type", equalTo("/problems/unavailable"))
        .body("detail", containsString("identity provider"));
    assertTrue(GatewayFixtures.received(museums, path).isEmpty(), "the upstream was called");
  }

  @Test
  void keepsServingAnonymousRequests() {
    given().when().get(path).then().statusCode(200);
  }
}
