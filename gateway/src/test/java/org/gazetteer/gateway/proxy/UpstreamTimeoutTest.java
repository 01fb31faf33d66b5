package org.gazetteer.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/** Response timeouts are per route: the tests shorten only {@code exhibitions}'. */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class UpstreamTimeoutTest {

  private static final int TIMEOUT = WireMockUpstreams.SLOW_ROUTE_TIMEOUT_MILLIS;

  @Inject GatewayConfig config;

  @Test
  void answers504WhenTheUpstreamIsSlowerThanTheRouteTimeout() {
    String path = slowPath("/api/exhibitions", TIMEOUT * 5);

    given()
        .when()
        .get(path)
        .then()
        .time(lessThan((long) TIMEOUT * 4))
        .statusCode(504)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/gateway-timeout"))
        .body("detail", containsString("museums"));
  }

  @Test
  void waitsLongerOnRoutesWithTheDefaultTimeout() {
    String path = slowPath("/api/museums", TIMEOUT * 2);

    given().when().get(path).then().statusCode(200).body(equalTo("late but fine"));
  }

  private String slowPath(String prefix, int delayMillis) {
    WireMock museums = GatewayFixtures.upstream(config, "museums");
    String path = GatewayFixtures.uniquePath(prefix);
    museums.register(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse().withStatus(200).withBody("late but fine").withFixedDelay(delayMillis)));
    return path;
  }
}
