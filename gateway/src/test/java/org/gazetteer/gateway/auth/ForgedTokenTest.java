package org.gazetteer.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.ForgedToken;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forged and out-of-date tokens are a 401 problem at the gateway and never reach a service. The
 * test profile trusts one RSA key and the issuer {@value TestTokens#ISSUER}.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class ForgedTokenTest {

  @Inject GatewayConfig config;

  private WireMock museums;
  private String path;

  @BeforeEach
  void stubUpstream() {
    museums = GatewayFixtures.upstream(config, "museums");
    path = GatewayFixtures.uniquePath("/api/exhibits");
    museums.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @ParameterizedTest
  @EnumSource(ForgedToken.class)
  void answers401ProblemAndCallsNoUpstream(ForgedToken forged) {
    given()
        .header("Authorization", "Bearer " + forged.token())
        .when()
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("type", equalTo("/problems/unauthorized"))
        .body("status", equalTo(401));
    assertTrue(GatewayFixtures.received(museums, path).isEmpty(), forged + " reached museums");
  }

  @Test
  void forwardsTheGenuineTokenTheForgeriesStartFrom() {
    String genuine = "Bearer " + TestTokens.token("mallory", "chengdu", "network-admin");

    given().header("Authorization", genuine).when().get(path).then().statusCode(200);

    assertEquals(genuine, GatewayFixtures.receivedOnce(museums, path).getHeader("Authorization"));
  }
}
