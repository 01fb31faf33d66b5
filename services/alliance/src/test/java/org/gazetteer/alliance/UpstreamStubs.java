package org.gazetteer.alliance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The services the alliance reads, as WireMock on a dynamic port: museums with a published exhibit
 * of tst-museum, one of another museum, an id whose read drops the connection, 404 for the rest,
 * the batch read and its summary; reading rooms whose summary is too slow to wait for; and events
 * stopped (its address a port nothing listens on).
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

  /** A published exhibit of tst-museum. */
  public static final String OWN_EXHIBIT = "00000000-0000-4000-8000-00000000a001";

  /** A published exhibit of chengdu. */
  public static final String OTHER_EXHIBIT = "00000000-0000-4000-8000-00000000a002";

  /** An exhibit whose read the museums service answers by dropping the connection. */
  public static final String UNREACHABLE_EXHIBIT = "00000000-0000-4000-8000-00000000a003";

  /** What the museums summary says. */
  public static final String MUSEUMS_SUMMARY =
      "{\"museums\": 44, \"universityBranches\": 10, \"publishedExhibits\": 52,"
          + " \"exhibitions\": 3, \"addedLater\": 1}";

  /** How long the reading rooms take to answer their summary: far past the client's timeout. */
  static final int SLOW_MILLIS = 5_000;

  private static WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
    server.start();
    String own = exhibit(OWN_EXHIBIT, "tst-museum", "清代通江县志", "/media/exhibits/tongjiang.svg");
    String other = exhibit(OTHER_EXHIBIT, "chengdu", "成都府志", "/media/exhibits/chengdu.svg");
    server.stubFor(get("/api/exhibits/" + OWN_EXHIBIT).willReturn(json(own)));
    server.stubFor(get("/api/exhibits/" + OTHER_EXHIBIT).willReturn(json(other)));
    server.stubFor(
        get("/api/exhibits/" + UNREACHABLE_EXHIBIT)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathEqualTo("/api/exhibits"))
            .withQueryParam("ids", matching(".+"))
            .willReturn(json("{\"items\": [" + own + ", " + other + "], \"next\": null}")));
    server.stubFor(
        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/exhibits/.*"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":404}")));
    server.stubFor(get("/api/museums/summary").willReturn(json(MUSEUMS_SUMMARY)));
    server.stubFor(
        get("/api/reading-rooms/summary")
            .willReturn(json("{\"rooms\": 646}").withFixedDelay(SLOW_MILLIS)));
    String client = "org.gazetteer.alliance.museums.MuseumsClient/";
    String network = "org.gazetteer.alliance.stats.NetworkClient/";
    return Map.of(
        "quarkus.rest-client.reading-rooms.url",
        "http://localhost:" + server.port(),
        "quarkus.rest-client.events.url",
        "http://localhost:" + closedPort(),
        network + "readingRooms/Timeout/value",
        "500",
        "quarkus.rest-client.museums.url",
        "http://localhost:" + server.port(),
        client + "exhibit/Timeout/value",
        "500",
        client + "exhibit/Timeout/unit",
        "MILLIS",
        client + "exhibits/Timeout/value",
        "500",
        client + "exhibits/Timeout/unit",
        "MILLIS");
  }

  /** A port nothing listens on: taken from the system and given back at once. */
  private static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static String exhibit(String id, String museum, String title, String image) {
    return """
        {"id": "%s", "museum": "%s", "title": {"zh": "%s", "en": null},
         "images": [{"url": "%s", "caption": null, "licence": "CC_BY_4_0"}], "status": "PUBLISHED"}"""
        .formatted(id, museum, title, image);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}
