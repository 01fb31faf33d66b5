package org.gazetteer.gateway.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What browsers meet: CORS for the configured origins only, security headers on every answer (HSTS,
 * since the tests' public URL is https), and request bodies held to their route's limit whether
 * they state a length or not.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class BrowserAccessTest {

  private static final String ALLOWED = WireMockUpstreams.PUBLIC_URL;

  @Inject GatewayConfig config;

  @TestHTTPResource("/")
  URI root;

  private WireMock rooms;
  private String path;

  @BeforeEach
  void upstream() {
    rooms = GatewayFixtures.upstream(config, "reading-rooms");
    path = GatewayFixtures.uniquePath("/api/reservations");
    rooms.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void aPreflightFromAConfiguredOriginIsAnswered() {
    given()
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .options(path)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED)
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    assertTrue(GatewayFixtures.received(rooms, path).isEmpty(), "a preflight is the gateway's");
  }

  @Test
  void aReadFromAConfiguredOriginExposesTheHeadersAppsNeed() {
    given()
        .header("Origin", ALLOWED)
        .get(path)
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED)
        .header("Access-Control-Expose-Headers", containsString("RateLimit"))
        .header("Access-Control-Expose-Headers", containsString("ETag"));
  }

  @Test
  void anotherOriginGetsNoCorsAllowance() {
    given()
        .header("Origin", "https://elsewhere.example")
        .header("Access-Control-Request-Method", "POST")
        .options(path)
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String target : new String[] {path, "/api/unknown", "/q/health/ready"}) {
      given()
          .get(target)
          .then()
          .header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "strict-origin-when-cross-origin")
          .header("Content-Security-Policy", SecurityHeaders.API_POLICY)
          .header("Strict-Transport-Security", SecurityHeaders.HSTS);
    }
  }

  @Test
  void aBodyThatStatesTooLargeALengthIs413AndGoesNowhere() {
    given()
        .contentType("application/octet-stream")
        .body(new byte[(int) WireMockUpstreams.SMALL_BODY + 1])
        .post(path)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/payload-too-large"));
    given()
        .contentType("application/octet-stream")
        .body(new byte[(int) WireMockUpstreams.SMALL_BODY])
        .post(path)
        .then()
        .statusCode(200);
    assertEquals(1, GatewayFixtures.received(rooms, path).size(), "only the one within the limit");
  }

  @Test
  void aChunkedBodyIsHeldToTheSameLimit() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(root.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/octet-stream")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () ->
                                new ByteArrayInputStream(
                                    new byte[(int) WireMockUpstreams.SMALL_BODY * 4])))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(413, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("payload-too-large"), answer.body());
  }
}
