package org.gazetteer.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class ForwardingTest {

  @Inject GatewayConfig config;

  private WireMock museums;
  private String path;

  @BeforeEach
  void stubUpstream() {
    museums = GatewayFixtures.upstream(config, "museums");
    path = GatewayFixtures.uniquePath("/api/exhibits");
    museums.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @Test
  void forwardsMethodPathQueryHeadersAndBody() {
    String body = "{\"title\":{\"zh\":\"四川扶贫志\"}}";
    given()
        .urlEncodingEnabled(false)
        .header("X-Client-Note", "curator-app")
        .contentType("application/json; charset=UTF-8")
        .body(body)
        .when()
        .post(path + "?museum=chengdu&q=%E7%86%8A%E7%8C%AB")
        .then()
        .statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertEquals("POST", received.getMethod().getName());
    assertEquals(path + "?museum=chengdu&q=%E7%86%8A%E7%8C%AB", received.getUrl());
    assertEquals("curator-app", received.getHeader("X-Client-Note"));
    assertEquals(body, received.getBodyAsString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
  void keepsTheMethod(String method) {
    given().header("If-Match", "\"3\"").when().request(method, path).then().statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertEquals(method, received.getMethod().getName());
    assertEquals("\"3\"", received.getHeader("If-Match"));
  }

  @Test
  void streamsALargeBodyIntact() {
    byte[] upload = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(upload);
    given()
        .header("Expect", "100-continue")
        .contentType("application/octet-stream")
        .body(upload)
        .when()
        .put(path)
        .then()
        .statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertArrayEquals(upload, received.getBody());
    assertFalse(received.containsHeader("Expect"));
  }

  @Test
  void returnsTheUpstreamResponseUnchanged() {
    byte[] download = new byte[2 * 1024 * 1024];
    new Random(11).nextBytes(download);
    String other = GatewayFixtures.uniquePath("/api/exhibits");
    museums.register(
        any(urlPathEqualTo(other))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Location", "http://localhost/api/exhibits/1")
                    .withHeader("ETag", "\"1\"")
                    .withBody(download)));

    byte[] relayed =
        given()
            .when()
            .get(other)
            .then()
            .statusCode(201)
            .header("Location", "http://localhost/api/exhibits/1")
            .header("ETag", "\"1\"")
            .extract()
            .asByteArray();
    assertArrayEquals(download, relayed);
  }

  @Test
  void passesUpstreamProblemsThrough() {
    String problem = "{\"type\":\"/problems/conflict\",\"status\":409}";
    museums.register(
        any(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(problem)));

    given()
        .when()
        .post(path)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body(equalTo(problem));
  }

  @Test
  void sendsForwardedHeadersFromTheConfiguredPublicUrl() {
    given().when().get(path).then().statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertEquals("https", received.getHeader("X-Forwarded-Proto"));
    assertEquals("gazetteer.test", received.getHeader("X-Forwarded-Host"));
    assertEquals("8443", received.getHeader("X-Forwarded-Port"));
    assertEquals("127.0.0.1", received.getHeader("X-Forwarded-For"));
  }

  @Test
  void ignoresTheHostAndForwardingHeadersSentByTheClient() {
    given()
        .header("Host", "evil.example")
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "http")
        .header("X-Forwarded-Port", "666")
        .header("X-Forwarded-Prefix", "/evil")
        .header("X-Forwarded-For", "10.6.6.6")
        .header("Forwarded", "host=evil.example;proto=http")
        .when()
        .get(path)
        .then()
        .statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertEquals("gazetteer.test", received.getHeader("X-Forwarded-Host"));
    assertEquals("https", received.getHeader("X-Forwarded-Proto"));
    assertEquals("8443", received.getHeader("X-Forwarded-Port"));
    assertEquals("127.0.0.1", received.getHeader("X-Forwarded-For"));
    assertFalse(received.containsHeader("X-Forwarded-Prefix"));
    assertFalse(received.containsHeader("Forwarded"));
    assertFalse(received.getHeader("Host").contains("evil"), received.getHeader("Host"));
  }

  @Test
  void dropsHopByHopHeaders() {
    given()
        .header("Connection", "keep-alive, X-Hop-Secret")
        .header("X-Hop-Secret", "for the gateway only")
        .header("Proxy-Authorization", "Basic Zm9vOmJhcg==")
        .when()
        .get(path)
        .then()
        .statusCode(200);

    LoggedRequest received = GatewayFixtures.receivedOnce(museums, path);
    assertFalse(received.containsHeader("X-Hop-Secret"));
    assertFalse(received.containsHeader("Proxy-Authorization"));
  }

  @Test
  void passesTheClientsRequestIdUpstream() {
    given()
        .header("X-Request-Id", "app-7f3a")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .header("X-Request-Id", "app-7f3a");

    assertEquals("app-7f3a", GatewayFixtures.receivedOnce(museums, path).getHeader("X-Request-Id"));
  }

  @Test
  void createsARequestIdWhenTheClientSendsNone() {
    String id = given().when().get(path).then().statusCode(200).extract().header("X-Request-Id");

    assertEquals(id, GatewayFixtures.receivedOnce(museums, path).getHeader("X-Request-Id"));
  }

  @Test
  void keepsMultiValuedResponseHeaders() {
    museums.register(
        any(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Link", "<a>; rel=\"next\"", "<b>; rel=\"prev\"")));

    List<String> links =
        given().when().get(path).then().statusCode(200).extract().headers().getValues("Link");
    assertEquals(List.of("<a>; rel=\"next\"", "<b>; rel=\"prev\""), links);
  }
}
