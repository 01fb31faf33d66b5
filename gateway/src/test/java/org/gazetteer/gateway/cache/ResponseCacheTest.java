package org.gazetteer.gateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * The cache of anonymous reads against WireMock upstreams: hit, miss and stale; what it never
 * keeps; one upstream call for many concurrent misses; 304 from the cache.
 */
@QuarkusTest
@TestProfile(ResponseCacheTest.Cached.class)
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class ResponseCacheTest {

  /** The cache on: exhibits kept an hour, exhibitions a second and then stale for an hour. */
  public static class Cached implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "gateway.cache.enabled", "true",
          "gateway.cache.stale-while-revalidate", "1H",
          "gateway.routes.exhibits.cache-ttl", "1H",
          "gateway.routes.exhibitions.cache-ttl", "1S",
          "gateway.routes.exhibitions.timeout", "30S");
    }
  }

  @Inject GatewayConfig config;

  @TestHTTPResource("/")
  URI root;

  private WireMock museums() {
    return GatewayFixtures.upstream(config, "museums");
  }

  private String stub(String prefix, ResponseDefinitionBuilder answer) {
    String path = GatewayFixtures.uniquePath(prefix);
    museums().register(get(urlPathEqualTo(path)).willReturn(answer));
    return path;
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private int calls(String path) {
    return GatewayFixtures.received(museums(), path).size();
  }

  @Test
  void aSecondAnonymousReadIsAHit() {
    String path = stub("/api/exhibits", json("{\"n\": 1}").withHeader("ETag", "\"7\""));
    given().get(path).then().statusCode(200).header("X-Cache", "MISS").body("n", equalTo(1));
    given()
        .get(path)
        .then()
        .statusCode(200)
        .header("X-Cache", "HIT")
        .header("ETag", "\"7\"")
        .header("Content-Type", "application/json")
        .body("n", equalTo(1));
    assertEquals(1, calls(path));
  }

  @Test
  void ifNoneMatchIsAnswered304FromTheCache() {
    String path = stub("/api/exhibits", json("{}").withHeader("ETag", "\"v3\""));
    given().get(path).then().statusCode(200);
    given()
        .header("If-None-Match", "\"v3\"")
        .get(path)
        .then()
        .statusCode(304)
        .header("X-Cache", "HIT");
    given().header("If-None-Match", "\"v2\"").get(path).then().statusCode(200);
    assertEquals(1, calls(path), "the condition is the cache's to answer, not sent upstream");
  }

  @Test
  void theQueryAcceptAndLanguageAreEachTheirOwnEntry() {
    String path = stub("/api/exhibits", json("{}"));
    given().get(path + "?q=a").then().header("X-Cache", "MISS");
    given().get(path + "?q=b").then().header("X-Cache", "MISS");
    given().header("Accept-Language", "en").get(path + "?q=a").then().header("X-Cache", "MISS");
    given().header("Accept-Language", "en").get(path + "?q=a").then().header("X-Cache", "HIT");
    assertEquals(3, calls(path));
  }

  @Test
  void requestsWithCredentialsAreNeverServedOrKept() {
    String path = stub("/api/exhibits", json("{}"));
    String token = TestTokens.bearer("curator.chengdu", "chengdu", "curator");
    given()
        .header("Authorization", token)
        .get(path)
        .then()
        .statusCode(200)
        .header("X-Cache", nullValue());
    given().header("Authorization", token).get(path).then().header("X-Cache", nullValue());
    given().header("Cookie", "session=1").get(path).then().header("X-Cache", nullValue());
    assertEquals(3, calls(path));
  }

  @Test
  void privateNoStoreCookiesAndErrorsAreNotKept() {
    List<String> paths =
        List.of(
            stub("/api/exhibits", json("{}").withHeader("Cache-Control", "no-store")),
            stub("/api/exhibits", json("{}").withHeader("Cache-Control", "private, max-age=60")),
            stub("/api/exhibits", json("{}").withHeader("Set-Cookie", "a=1")),
            stub("/api/exhibits", json("{}").withHeader("Vary", "Authorization")),
            stub("/api/exhibits", aResponse().withStatus(500).withBody("{}")),
            stub("/api/exhibits", aResponse().withStatus(404).withBody("{}")));
    for (String path : paths) {
      Response first = given().get(path);
      given().get(path).then().statusCode(first.statusCode()).header("X-Cache", "MISS");
      assertEquals(2, calls(path), path);
    }
  }

  @Test
  void anAnonymousSearchIsCachedLikeOtherReads() {
    String q = "方志" + UUID.randomUUID().toString().substring(0, 6);
    museums()
        .register(
            get(urlPathEqualTo("/api/exhibits"))
                .withQueryParam("q", WireMock.equalTo(q))
                .willReturn(json("{\"items\": [{\"id\": \"e1\"}], \"next\": null}")));
    given().queryParam("q", q).get("/api/search").then().statusCode(200).header("X-Cache", "MISS");
    given()
        .queryParam("q", q)
        .get("/api/search")
        .then()
        .statusCode(200)
        .header("X-Cache", "HIT")
        .body("exhibits.items.id", org.hamcrest.Matchers.contains("e1"));
    assertEquals(
        1,
        museums()
            .find(
                WireMock.getRequestedFor(urlPathEqualTo("/api/exhibits"))
                    .withQueryParam("q", WireMock.equalTo(q)))
            .size());
  }

  @Test
  void aRouteWithoutTtlIsNotCached() {
    WireMock events = GatewayFixtures.upstream(config, "events");
    String path = GatewayFixtures.uniquePath("/api/registrations");
    events.register(get(urlPathEqualTo(path)).willReturn(json("{}")));
    given().get(path).then().statusCode(200).header("X-Cache", nullValue());
    given().get(path).then().header("X-Cache", nullValue());
    assertEquals(2, GatewayFixtures.received(events, path).size());
  }

  @Test
  void concurrentMissesMakeOneUpstreamCall() throws Exception {
    String path = stub("/api/exhibits", json("{\"slow\": true}").withFixedDelay(1000));
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      answers.add(
          client.sendAsync(
              HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> r = answer.get();
      assertEquals(200, r.statusCode());
      assertEquals("{\"slow\": true}", r.body());
    }
    assertEquals(1, calls(path), "20 concurrent misses, one upstream call");
  }

  @Test
  void anExpiredEntryIsServedStaleWhileOneRefreshRuns() throws Exception {
    String path = GatewayFixtures.uniquePath("/api/exhibitions");
    museums()
        .register(
            get(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"v\": 1}"))
                .willSetStateTo("changed"));
    museums()
        .register(
            get(urlPathEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs("changed")
                .willReturn(json("{\"v\": 2}")));
    given().get(path).then().header("X-Cache", "MISS").body("v", equalTo(1));

    Instant deadline = Instant.now().plusSeconds(20);
    Response stale = null;
    while (Instant.now().isBefore(deadline)) {
      Response r = given().get(path);
      if ("STALE".equals(r.header("X-Cache"))) {
        stale = r;
        break;
      }
      assertEquals("HIT", r.header("X-Cache"));
    }
    assertTrue(stale != null, "the entry went stale after its second");
    assertEquals(1, stale.jsonPath().getInt("v"), "the stale answer is the old one");

    Response refreshed = null;
    while (Instant.now().isBefore(deadline)) {
      Response r = given().get(path);
      if (r.jsonPath().getInt("v") == 2) {
        refreshed = r;
        break;
      }
    }
    assertTrue(refreshed != null, "the refresh replaced the entry");
    assertEquals(2, calls(path), "one refresh, however many stale answers");
  }
}
