package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The register's two public reads compared by the benchmark, over one keep-alive HTTP/1.1 client: a
 * {@code near} query around one city after another, and one room by code (a primary-key lookup)
 * over the demo codes. Each call checks the status and a marker in the body.
 */
final class RoomProbes {

  /** City centres the near query cycles through: 成都, 绵阳, 乐山, 南充, 宜宾. */
  private static final String[] POINTS = {
    "30.66,104.07", "31.47,104.68", "29.55,103.77", "30.84,106.11", "28.77,104.64"
  };

  static final String RADIUS_KM = "10";
  private static final int CHENGDU_ROOMS = 124;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private int nearCalls;
  private int roomCalls;

  RoomProbes(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@code GET /api/reading-rooms?near=…&radiusKm=10&limit=20}, the next city. */
  void near() throws IOException, InterruptedException {
    String point = POINTS[nearCalls++ % POINTS.length];
    String body = get("/api/reading-rooms?near=" + point + "&radiusKm=" + RADIUS_KM + "&limit=20");
    if (!body.contains("\"distanceKm\"")) {
      throw new IllegalStateException("near " + point + " found no rooms: " + body);
    }
  }

  /** {@code GET /api/reading-rooms/chengdu-NNN}, a demo room spread over the register. */
  void room() throws IOException, InterruptedException {
    String code = String.format("chengdu-%03d", (roomCalls++ * 37) % CHENGDU_ROOMS + 1);
    String body = get("/api/reading-rooms/" + code);
    if (!body.contains(code)) {
      throw new IllegalStateException("room " + code + " answered another body: " + body);
    }
  }

  private String get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
