package org.gazetteer.alliance.resource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.OWNER;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.publish;
import static org.gazetteer.alliance.resource.ResourceVisibilityTest.resource;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.alliance.UpstreamStubs;
import org.junit.jupiter.api.Test;

/**
 * A resource's source exhibit: checked with museums when saved (422 not the owner's or not
 * published, 503 museums unreachable, nothing saved), shown with its current title and image from
 * one batch read per list, and left without them when museums cannot answer.
 */
@QuarkusTest
@AllianceTest
class ResourceSourceTest {

  @Inject
  @CacheName("exhibits")
  Cache cache;

  private static Map<String, Object> sharing(String title, String exhibit) {
    Map<String, Object> body = resource(title, "PUBLIC");
    body.put("source", Map.of("type", "EXHIBIT", "id", exhibit));
    return body;
  }

  private static Response post(Map<String, Object> body) {
    return given()
        .header("Authorization", OWNER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/resources");
  }

  private static int batchReads() {
    return UpstreamStubs.server()
        .findAll(
            getRequestedFor(urlPathEqualTo("/api/exhibits")).withQueryParam("ids", matching(".+")))
        .size();
  }

  @Test
  void theOwnersPublishedExhibitIsLinkedAndShownAsMuseumsHasItNow() {
    post(sharing("分享本馆县志", UpstreamStubs.OWN_EXHIBIT))
        .then()
        .statusCode(201)
        .body("source.type", equalTo("EXHIBIT"))
        .body("source.id", equalTo(UpstreamStubs.OWN_EXHIBIT))
        .body("source.title.zh", equalTo("清代通江县志"))
        .body("source.image", equalTo("/media/exhibits/tongjiang.svg"));
  }

  @Test
  void anotherMuseumsUnknownOrUnreachableExhibitSavesNothing() {
    post(sharing("分享他馆展品", UpstreamStubs.OTHER_EXHIBIT)).then().statusCode(422);
    post(sharing("分享未知展品", "00000000-0000-4000-8000-00000000ffff")).then().statusCode(422);
    post(sharing("分享无法核对的展品", UpstreamStubs.UNREACHABLE_EXHIBIT))
        .then()
        .statusCode(503)
        .header("Retry-After", notNullValue())
        .contentType("application/problem+json");
    List<String> titles =
        given()
            .header("Authorization", OWNER)
            .get("/api/alliance/resources?owner=tst-museum&limit=100")
            .then()
            .extract()
            .path("items.title.zh");
    assertEquals(
        0,
        titles.stream()
            .filter(t -> t.startsWith("分享他馆") || t.startsWith("分享未知") || t.startsWith("分享无法"))
            .count());
  }

  @Test
  void aListReadsItsExhibitsInOneCallAndDegradesWithoutThem() {
    for (int i = 0; i < 3; i++) {
      publish(OWNER, sharing("批量展示" + i, UpstreamStubs.OWN_EXHIBIT));
    }
    cache.invalidateAll().await().indefinitely();
    int before = batchReads();
    given()
        .get("/api/alliance/resources?owner=tst-museum&q=批量展示&limit=100")
        .then()
        .statusCode(200)
        .body("items.source.title.zh", equalTo(List.of("清代通江县志", "清代通江县志", "清代通江县志")));
    assertEquals(before + 1, batchReads(), "one batch read for the whole page");
    given().get("/api/alliance/resources?owner=tst-museum&q=批量展示&limit=100").then().statusCode(200);
    assertEquals(before + 1, batchReads(), "the next list is served from the cache");

    StubMapping down =
        UpstreamStubs.server()
            .stubFor(
                get(urlPathEqualTo("/api/exhibits"))
                    .withQueryParam("ids", matching(".+"))
                    .atPriority(1)
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try {
      cache.invalidateAll().await().indefinitely();
      given()
          .get("/api/alliance/resources?owner=tst-museum&q=批量展示&limit=100")
          .then()
          .statusCode(200)
          .body(
              "items.source.id",
              equalTo(
                  List.of(
                      UpstreamStubs.OWN_EXHIBIT,
                      UpstreamStubs.OWN_EXHIBIT,
                      UpstreamStubs.OWN_EXHIBIT)))
          .body("items[0].source.title", org.hamcrest.Matchers.nullValue());
    } finally {
      UpstreamStubs.server().removeStub(down);
    }
  }
}
