package org.gazetteer.gateway.requesttarget;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.gazetteer.common.testing.LoopbackHttp;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters and broken encodings in the path or query are a 400 at the gateway. Requests
 * are sent over a raw socket so that exactly these bytes arrive; each carries a marker parameter so
 * the test can tell that no upstream saw it.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class RequestTargetTest {

  @Inject GatewayConfig config;

  @ParameterizedTest
  @CsvSource({
    "/api/museums/%00, path",
    "/api/reading-rooms?holding=%00, holding",
    "/api/reading-rooms/%00/slots, path",
    "/api/exhibits/%7F, path",
    "/api/events?q=line%0Abreak, q",
    "/api/exhibits?q=%C3%28, q",
    "/api/exhibits/%ED%A0%80, path",
    "/api/exhibits?%00=1, query",
    "/q/health/ready?probe=%00, probe"
  })
  void answers400ProblemAndCallsNoUpstream(String target, String field) throws IOException {
    String marker = UUID.randomUUID().toString();
    String sent = target + (target.contains("?") ? "&" : "?") + "marker=" + marker;

    JsonPath problem = problemFor(send(sent, ""));

    assertEquals("/problems/validation", problem.getString("type"));
    assertEquals(400, problem.getInt("status"));
    assertEquals(field, problem.getString("errors[0].field"));
    assertTrue(problem.getString("requestId") != null, "the problem carries the request id");
    assertNoUpstreamSaw(marker);
  }

  /**
   * A {@code %} without two hex digits is refused by Vert.x's HTTP layer before any handler runs,
   * with its own empty 400 (docs/api-conventions.md lets the HTTP layer keep its plain body); it
   * never reaches a service either.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/alliance/members?q=%zz", "/api/registrations/%", "/api/events/%4"})
  void answers400BeforeRoutingAMalformedPercentEncoding(String target) throws IOException {
    String marker = UUID.randomUUID().toString();
    String sent = target + (target.contains("?") ? "&" : "?") + "marker=" + marker;

    String answer = send(sent, "");

    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertNoUpstreamSaw(marker);
  }

  @Test
  void answers400AlsoWithAValidToken() throws IOException {
    String answer =
        send(
            "/api/reservations?code=%00",
            "Authorization: " + TestTokens.bearer("staff.wuhou", "wuhou", "reading-room-staff"));

    assertEquals("code", problemFor(answer).getString("errors[0].field"));
  }

  @Test
  void forwardsWellFormedEncodedText() {
    WireMock museums = GatewayFixtures.upstream(config, "museums");
    String path = GatewayFixtures.uniquePath("/api/exhibits") + "/%E5%9B%9B%E5%B7%9D%20a";
    museums.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));

    given()
        .urlEncodingEnabled(false)
        .when()
        .get(path + "?q=%E7%86%8A%E7%8C%AB+a&note=100%25")
        .then()
        .statusCode(200);

    assertEquals(
        path + "?q=%E7%86%8A%E7%8C%AB+a&note=100%25",
        GatewayFixtures.receivedOnce(museums, path).getUrl());
  }

  private void assertNoUpstreamSaw(String marker) {
    for (String upstream : WireMockUpstreams.UPSTREAMS) {
      WireMock service = GatewayFixtures.upstream(config, upstream);
      assertTrue(
          service.find(anyRequestedFor(urlMatching(".*" + marker + ".*"))).isEmpty(),
          upstream + " got the request marked " + marker);
    }
  }

  private static String send(String target, String header) throws IOException {
    String extra = header.isEmpty() ? "" : header + "\r\n";
    return LoopbackHttp.exchange(
        URI.create("http://localhost:" + RestAssured.port),
        "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "Connection: close\r\n\r\n");
  }

  private static JsonPath problemFor(String answer) {
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertTrue(answer.contains("application/problem+json"), answer);
    return JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
  }
}
