package org.gazetteer.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public health says UP/DOWN and check names; details and metrics are on the management port. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class HealthAndMetricsTest {

  @Inject GatewayConfig config;
  @Inject HttpServer server;

  @BeforeEach
  void upstreamsAreReady() {
    for (String upstream : WireMockUpstreams.UPSTREAMS) {
      GatewayFixtures.upstream(config, upstream)
          .register(
              get(urlPathEqualTo(UpstreamReadiness.PROBE_PATH))
                  .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
    }
  }

  @Test
  void publicReadinessGivesTheStatusAndTheCheckNamesOnly() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("upstream-museums", "upstream-alliance"))
        .body("checks[0].status", equalTo("UP"))
        .body("checks[0].data", nullValue())
        .body(not(containsString("http://")))
        .body(not(containsString("127.0.0.1")))
        .body(not(containsString("localhost")))
        .body(not(containsString("circuit")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/started"})
  void theOtherPublicHealthPathsAreUpToo(String path) {
    given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void managementReadinessDetailsEachUpstream() {
    var checks =
        given().baseUri(GatewayFixtures.management(server)).when().get("/q/health/ready").then();
    checks.statusCode(200);
    for (String upstream : WireMockUpstreams.UPSTREAMS) {
      String check = "checks.find { it.name == 'upstream-" + upstream + "' }";
      checks
          .body(check + ".status", equalTo("UP"))
          .body(check + ".data.upstream", equalTo("UP"))
          .body(check + ".data.url", equalTo(config.upstream().get(upstream).toString()))
          .body(check + ".data.circuit", equalTo("CLOSED"));
    }
  }

  @Test
  void metricsAreOnlyOnTheManagementInterface() {
    given().when().get("/q/metrics").then().statusCode(404);
  }

  @Test
  void metricsNameProxiedRequestsByRouteNotByRawPath() {
    String path = GatewayFixtures.uniquePath("/api/reservations");
    GatewayFixtures.upstream(config, "reading-rooms")
        .register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
    given().when().get(path).then().statusCode(200);

    given()
        .baseUri(GatewayFixtures.management(server))
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
        .baseUri(GatewayFixtures.management(server))
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("gateway_circuit_open{upstream=\"reading-rooms\"}"));
  }
}
