package org.gazetteer.gateway.search;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * The federated search against one WireMock server per service: every section filled from its
 * service's own list search, one service too slow and named, bad parameters refused.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class FederatedSearchTest {

  @Inject GatewayConfig config;

  private WireMock upstream(String name) {
    return GatewayFixtures.upstream(config, name);
  }

  private static String items(String... records) {
    return "{\"items\": [" + String.join(", ", records) + "], \"next\": null}";
  }

  /** Stubs {@code path} with {@code param}={@code q} to answer {@code body} after {@code delay}. */
  private void stub(String service, String path, String param, String q, String body, int delay) {
    upstream(service)
        .register(
            get(urlPathEqualTo(path))
                .withQueryParam(param, equalTo(q))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)
                        .withFixedDelay(delay)));
  }

  /** A query no other test uses, so stubs and requests stay apart. */
  private static String query() {
    return "方志" + UUID.randomUUID().toString().substring(0, 6);
  }

  private void stubAll(String q, int eventsDelay) {
    stub("museums", "/api/museums", "q", q, items("{\"code\": \"chengdu\"}"), 0);
    stub("museums", "/api/exhibits", "q", q, items("{\"id\": \"e1\"}", "{\"id\": \"e2\"}"), 0);
    stub("reading-rooms", "/api/reading-rooms", "q", q, items("{\"code\": \"r1\"}"), 0);
    stub(
        "reading-rooms",
        "/api/reading-rooms",
        "holding",
        q,
        items("{\"code\": \"r1\"}", "{\"code\": \"r2\"}"),
        0);
    stub("events", "/api/events", "q", q, items("{\"id\": \"v1\"}"), eventsDelay);
    stub("alliance", "/api/alliance/resources", "q", q, items("{\"id\": \"s1\"}"), 0);
  }

  @Test
  void everySectionComesFromItsServicesOwnSearch() {
    String q = query();
    stubAll(q, 0);

    given()
        .queryParam("q", q)
        .queryParam("limit", 3)
        .get("/api/search")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("museums.items.code", contains("chengdu"))
        .body("exhibits.items.id", contains("e1", "e2"))
        .body("readingRooms.items.code", contains("r1", "r2"))
        .body("events.items.id", contains("v1"))
        .body("resources.items.id", contains("s1"))
        .body(
            "exhibits.more",
            org.hamcrest.Matchers.startsWith(WireMockUpstreams.PUBLIC_URL + "/api/exhibits?q="))
        .body("sources.museums.status", org.hamcrest.Matchers.equalTo("ok"))
        .body("sources.readingRooms.status", org.hamcrest.Matchers.equalTo("ok"))
        .body("sources.events.status", org.hamcrest.Matchers.equalTo("ok"))
        .body("sources.alliance.status", org.hamcrest.Matchers.equalTo("ok"))
        .body("sources.museums", not(hasKey("problem")));
    List<LoggedRequest> asked =
        upstream("alliance")
            .find(
                WireMock.getRequestedFor(urlPathEqualTo("/api/alliance/resources"))
                    .withQueryParam("q", equalTo(q)));
    assertEquals(1, asked.size());
    assertEquals("PUBLIC", asked.get(0).queryParameter("scope").firstValue());
    assertEquals("3", asked.get(0).queryParameter("limit").firstValue());
  }

  @Test
  void aSlowServiceIsNamedAndTheRestIsAnswered() {
    String q = query();
    stubAll(q, 5 * WireMockUpstreams.SEARCH_TIMEOUT_MILLIS);
    given()
        .queryParam("q", q)
        .get("/api/search")
        .then()
        .statusCode(200)
        .header("Cache-Control", "max-age=" + FederatedSearch.PARTIAL_MAX_AGE_SECONDS)
        .body("events.items", org.hamcrest.Matchers.empty())
        .body("sources.events.status", org.hamcrest.Matchers.equalTo("timeout"))
        .body(
            "sources.events.problem",
            containsString(
                "did not answer within " + WireMockUpstreams.SEARCH_TIMEOUT_MILLIS + " ms"))
        .body("exhibits.items.id", contains("e1", "e2"))
        .body("sources.museums.status", org.hamcrest.Matchers.equalTo("ok"));
  }

  @Test
  void theSearchAsksForPublicDataOnly() {
    String q = query();
    stubAll(q, 0);
    given()
        .header("Authorization", TestTokens.bearer("curator.chengdu", "chengdu", "curator"))
        .queryParam("q", q)
        .get("/api/search")
        .then()
        .statusCode(200);
    LoggedRequest asked =
        upstream("museums")
            .find(
                WireMock.getRequestedFor(urlPathEqualTo("/api/exhibits"))
                    .withQueryParam("q", equalTo(q)))
            .get(0);
    assertFalse(asked.containsHeader("Authorization"), "the curator's token stays at the gateway");
  }

  @Test
  void badParametersAre400() {
    for (String target :
        new String[] {
          "/api/search",
          "/api/search?q=",
          "/api/search?q=a",
          "/api/search?q=" + "长".repeat(101),
          "/api/search?q=方志&limit=0",
          "/api/search?q=方志&limit=21",
          "/api/search?q=方志&limit=many",
          "/api/search?q=方志&q=史志"
        }) {
      given()
          .get(target)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", org.hamcrest.Matchers.equalTo("/problems/validation"));
    }
  }
}
