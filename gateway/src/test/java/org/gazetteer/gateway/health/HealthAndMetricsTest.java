package org.gazetteer.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.Upstream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class HealthAndMetricsTest {

  @Inject GatewayConfig config;

  @Test
  void readinessReportsEachUpstream() {
    for (Upstream upstream : Upstream.values()) {
      GatewayFixtures.upstream(config, upstream)
          .register(
              get(urlPathEqualTo(UpstreamReadiness.PROBE_PATH))
                  .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
    }

    var checks = given().when().get("/q/health/ready").then().statusCode(200);
    for (Upstream upstream : Upstream.values()) {
      String check = "checks.find { it.name == 'upstream-" + upstream.id() + "' }";
      checks
          .body(check + ".status", equalTo("UP"))
          .body(check + ".data.upstream", equalTo("UP"))
          .body(check + ".data.url", equalTo(upstream.url(config).toString()));
    }
  }

  @Test
  void metricsNameProxiedRequestsByRouteNotByRawPath() {
    String path = GatewayFixtures.uniquePath("/api/reservations");
    GatewayFixtures.upstream(config, Upstream.READING_ROOMS)
        .register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
    given().when().get(path).then().statusCode(200);

    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("uri=\"/api/reservations/*\""))
        .body(not(containsString(path)));
  }

  @Test
  void metricsExposeTheCircuitOfEachUpstream() {
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("gateway_circuit_open{upstream=\"reading-rooms\"}"));
  }
}
