package org.gazetteer.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class RoutingTest {

  @Inject GatewayConfig config;

  @ParameterizedTest
  @CsvSource({
    "/api/museums, museums",
    "/api/museums/chengdu, museums",
    "/api/exhibits/changes, museums",
    "/api/exhibitions, museums",
    "/media/exhibits/sichuan-tongzhi.svg, museums",
    "/api/reading-rooms/wuhou-001, reading-rooms",
    "/api/reservations, reading-rooms",
    "/api/events, events",
    "/api/events.ics, events",
    "/api/registrations/42, events",
    "/api/alliance/members, alliance"
  })
  void routesEachPrefixToItsService(String path, String upstream) {
    WireMock service = GatewayFixtures.upstream(config, upstream);
    service.register(
        any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(upstream)));

    given().when().get(path).then().statusCode(200).body(equalTo(upstream));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/museumsX",
        "/api/events.icsx",
        "/api/unknown",
        "/api/unknown/1",
        "/api",
        "/api/media/a.svg"
      })
  void answers404ProblemForPathsNoRouteServes(String path) {
    given()
        .when()
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/not-found"))
        .body("status", equalTo(404))
        .body("requestId", notNullValue());
    for (String upstream : WireMockUpstreams.UPSTREAMS) {
      WireMock service = GatewayFixtures.upstream(config, upstream);
      assertTrue(GatewayFixtures.received(service, path).isEmpty(), upstream + " got " + path);
    }
  }

  @Test
  void answers404ToARequestWithABody() {
    given()
        .contentType("application/octet-stream")
        .body(new byte[512 * 1024])
        .when()
        .post("/api/unknown")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
