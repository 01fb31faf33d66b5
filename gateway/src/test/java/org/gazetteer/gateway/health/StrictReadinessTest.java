package org.gazetteer.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.HttpServer;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.junit.jupiter.api.Test;

/** With strict readiness an upstream that is down makes the gateway not ready: 503 publicly. */
@QuarkusTest
@WithTestResource(
    value = WireMockUpstreams.class,
    initArgs = {
      @ResourceArg(name = WireMockUpstreams.DOWN, value = "alliance"),
      @ResourceArg(name = WireMockUpstreams.STRICT_READINESS, value = "true")
    })
@WithTestResource(TestTokenResource.class)
class StrictReadinessTest {

  @Inject HttpServer server;

  @Test
  void publicReadinessIs503DownWithoutDetails() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .contentType("application/json")
        .body("status", equalTo("DOWN"))
        .body("checks.find { it.name == 'upstream-alliance' }.status", equalTo("DOWN"))
        .body(not(containsString("http://")))
        .body(not(containsString("127.0.0.1")))
        .body(not(containsString("Exception")))
        .body(not(containsString("OPEN")));
  }

  @Test
  void livenessStaysUp() {
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void managementReadinessNamesTheFailure() {
    given()
        .baseUri(GatewayFixtures.management(server))
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body(
            "checks.find { it.name == 'upstream-alliance' }.data.upstream",
            allOf(startsWith("UNREACHABLE ("), containsString("Exception")));
  }
}
