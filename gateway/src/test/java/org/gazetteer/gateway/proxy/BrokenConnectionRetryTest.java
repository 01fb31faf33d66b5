package org.gazetteer.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * A connection that breaks before the upstream answers (as a pooled keep-alive connection the
 * upstream has just closed does): an idempotent request without a body is sent once more, anything
 * else is a 502.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class BrokenConnectionRetryTest {

  @Inject GatewayConfig config;

  /** The upstream breaks the first connection for {@code path} and answers the next request. */
  private static WireMock breaksOnce(WireMock upstream, String path) {
    String scenario = path;
    upstream.register(
        any(urlPathEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("answering"));
    upstream.register(
        any(urlPathEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs("answering")
            .willReturn(aResponse().withStatus(200).withBody("second")));
    return upstream;
  }

  @Test
  void aGetIsSentAgainOnAnotherConnection() {
    WireMock museums = GatewayFixtures.upstream(config, "museums");
    String path = GatewayFixtures.uniquePath("/api/exhibits");
    breaksOnce(museums, path);

    given().get(path).then().statusCode(200).body(equalTo("second"));
    assertEquals(2, GatewayFixtures.received(museums, path).size());
  }

  @Test
  void aDeleteWithoutBodyIsSentAgainToo() {
    WireMock events = GatewayFixtures.upstream(config, "events");
    String path = GatewayFixtures.uniquePath("/api/registrations");
    breaksOnce(events, path);

    given().delete(path).then().statusCode(200);
    assertEquals(2, GatewayFixtures.received(events, path).size());
  }

  @Test
  void aPostIsNeverSentTwice() {
    WireMock events = GatewayFixtures.upstream(config, "events");
    String path = GatewayFixtures.uniquePath("/api/registrations");
    breaksOnce(events, path);

    given()
        .contentType("application/json")
        .body("{\"party\": 1}")
        .post(path)
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/bad-gateway"));
    assertEquals(1, GatewayFixtures.received(events, path).size());
  }

  @Test
  void aPutWithABodyIsNotSentAgain() {
    WireMock museums = GatewayFixtures.upstream(config, "museums");
    String path = GatewayFixtures.uniquePath("/api/exhibits");
    breaksOnce(museums, path);

    given().contentType("application/json").body("{}").put(path).then().statusCode(502);
    assertEquals(1, GatewayFixtures.received(museums, path).size());
  }
}
