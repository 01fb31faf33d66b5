package org.gazetteer.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/** The alliance service is down (its port is closed); the events service breaks connections. */
@QuarkusTest
@WithTestResource(
    value = WireMockUpstreams.class,
    initArgs = @ResourceArg(name = WireMockUpstreams.DOWN, value = "alliance"))
@WithTestResource(TestTokenResource.class)
class UpstreamDownTest {

  @Inject GatewayConfig config;
  @Inject HttpServer server;

  @Test
  void answers503FastWithRetryAfterWhenTheUpstreamIsDown() {
    given()
        .when()
        .get("/api/alliance/members")
        .then()
        .time(lessThan(1500L))
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("type", equalTo("/problems/unavailable"))
        .body("detail", containsString("alliance"));
  }

  @Test
  void answers503ToARequestWithABody() {
    given()
        .contentType("application/json")
        .body("{\"resource\":\"r-1\",\"purpose\":\"exhibition\"}")
        .when()
        .post("/api/alliance/requests")
        .then()
        .time(lessThan(1500L))
        .statusCode(503)
        .header("Retry-After", matchesPattern("[1-9][0-9]*"));
  }

  @Test
  void keepsServingTheOtherRoutes() {
    WireMock rooms = GatewayFixtures.upstream(config, "reading-rooms");
    String path = GatewayFixtures.uniquePath("/api/reading-rooms");
    rooms.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));

    given().when().get(path).then().statusCode(200);
  }

  @Test
  void opensTheCircuitAfterConsecutiveFailures() {
    WireMock events = GatewayFixtures.upstream(config, "events");
    String path = GatewayFixtures.uniquePath("/api/events");
    events.register(
        any(urlPathEqualTo(path))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    for (int i = 0; i < WireMockUpstreams.FAILURE_THRESHOLD; i++) {
      given()
          .when()
          .get(path)
          .then()
          .statusCode(502)
          .body("type", equalTo("/problems/bad-gateway"));
    }

    given()
        .when()
        .get(path)
        .then()
        .statusCode(503)
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("detail", containsString("paused"));
    // Each GET was sent once more on another connection, and counted once by the breaker.
    assertEquals(
        2 * WireMockUpstreams.FAILURE_THRESHOLD, GatewayFixtures.received(events, path).size());
  }

  @Test
  void staysReadyAndSaysNothingPubliclyAboutTheFailure() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'upstream-alliance' }.status", equalTo("UP"))
        .body(not(containsString("http://")))
        .body(not(containsString("127.0.0.1")))
        .body(not(containsString("Exception")))
        .body(not(containsString("UNREACHABLE")));
  }

  @Test
  void reportsTheUpstreamAsUnreachableOnTheManagementInterface() {
    given()
        .baseUri(GatewayFixtures.management(server))
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(
            "checks.find { it.name == 'upstream-alliance' }.data.upstream",
            startsWith("UNREACHABLE"));
  }

  /** Opens the circuit of the alliance, which is down: every request to it is a 503 anyway. */
  @Test
  void showsAnOpenCircuitOnlyOnTheManagementInterface() {
    for (int i = 0; i < WireMockUpstreams.FAILURE_THRESHOLD; i++) {
      given().when().get("/api/alliance/members").then().statusCode(503);
    }

    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(not(containsString("OPEN")))
        .body(not(containsString("circuit")));
    given()
        .baseUri(GatewayFixtures.management(server))
        .when()
        .get("/q/health/ready")
        .then()
        .body("checks.find { it.name == 'upstream-alliance' }.data.circuit", equalTo("OPEN"));
  }
}
