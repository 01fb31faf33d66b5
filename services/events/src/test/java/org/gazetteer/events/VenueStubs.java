package org.gazetteer.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The museums and reading-rooms services as WireMock on a dynamic port, for the venue checks: known
 * records, unknown ones (404, WireMock's default), a closed room, and codes whose reads fail
 * (connection reset) or hang past the client's timeout. Tests verify calls with {@link #server}.
 */
public class VenueStubs implements QuarkusTestResourceLifecycleManager {

  /** A museum code whose reads the museums service answers by dropping the connection. */
  public static final String UNREACHABLE_MUSEUM = "unreachable";

  /** A reading-room code whose reads answer only after the client's timeout. */
  public static final String SLOW_ROOM = "slow-room";

  public static final String CLOSED_ROOM = "wuhou-closed";

  /** The client's timeout per read in tests, shorter than the default so tests stay quick. */
  public static final int TIMEOUT_MILLIS = 500;

  private static WireMockServer server;

  /** The running stub server, shared by every test of the run. */
  public static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
    server.start();
    museum("chengdu", "成都方志馆", "Chengdu Gazetteer Museum", "510100", "ACTIVE", 30.66, 104.06);
    museum("sichuan", "四川省方志馆", "Sichuan Gazetteer Museum", "510000", "ACTIVE", 30.65, 104.07);
    room("wuhou-001", "武侯区史志阅览室", "510107", "ACTIVE");
    room(CLOSED_ROOM, "武侯区已关闭阅览室", "510107", "CLOSED");
    server.stubFor(
        get("/api/museums/" + UNREACHABLE_MUSEUM)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get("/api/reading-rooms/" + SLOW_ROOM)
            .willReturn(json(roomBody(SLOW_ROOM, "慢", "510107", "ACTIVE")).withFixedDelay(3000)));
    server.stubFor(
        get(urlPathMatching("/api/(museums|reading-rooms)/.*"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":404,\"title\":\"Not found\"}")));
    String url = "http://localhost:" + server.port();
    String client = "org.gazetteer.events.venue.VenueClient/";
    return Map.of(
        "quarkus.rest-client.museums.url",
        url,
        "quarkus.rest-client.reading-rooms.url",
        url,
        client + "museum/Timeout/value",
        Integer.toString(TIMEOUT_MILLIS),
        client + "readingRoom/Timeout/value",
        Integer.toString(TIMEOUT_MILLIS),
        client + "museum/Timeout/unit",
        "MILLIS",
        client + "readingRoom/Timeout/unit",
        "MILLIS");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static void museum(
      String code, String zh, String en, String division, String status, double lat, double lon) {
    String body =
        """
        {"code": "%s", "name": {"zh": "%s", "en": "%s"}, "kind": "CITY", "parent": null,
         "division": "%s", "address": {"zh": "%s地址", "en": null},
         "location": {"lat": %s, "lon": %s}, "openingHours": [], "contact": null,
         "status": "%s", "demo": false, "version": 0, "updatedAt": "2026-01-01T00:00:00Z"}"""
            .formatted(code, zh, en, division, zh, lat, lon, status);
    server.stubFor(get("/api/museums/" + code).willReturn(json(body)));
  }

  private static void room(String code, String zh, String division, String status) {
    server.stubFor(
        get("/api/reading-rooms/" + code).willReturn(json(roomBody(code, zh, division, status))));
  }

  private static String roomBody(String code, String zh, String division, String status) {
    return """
        {"code": "%s", "name": {"zh": "%s", "en": null}, "hostType": "COMMUNITY",
         "institution": "wuhou", "division": "%s", "address": {"zh": "武侯区", "en": null},
         "location": null, "seats": 20, "status": "%s", "demo": false, "version": 0}"""
        .formatted(code, zh, division, status);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}
