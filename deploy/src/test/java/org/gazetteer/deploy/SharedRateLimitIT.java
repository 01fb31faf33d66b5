package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two gateway instances (packaged jars, separate processes) share one rate limit through a real
 * {@code redis-server}: what one instance let through counts at the other. The upstream is a small
 * HTTP server in this JVM; no Keycloak is needed for anonymous requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRateLimitIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final int QUOTA = 10;

  private final List<ManagedProcess> processes = new ArrayList<>();
  private final List<StandaloneGateway> instances = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer upstream;
  private Path logs;
  private List<String> gateways;

  @BeforeAll
  void start() throws Exception {
    logs = Files.createTempDirectory("gazetteer-ratelimit-");
    Path redis = redisServer();
    int redisPort = Ports.freePort();
    processes.add(
        ManagedProcess.start(
            "redis",
            List.of(
                redis.toString(),
                "--port",
                Integer.toString(redisPort),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no"),
            Map.of(),
            logs,
            logs));
    awaitPort(redisPort);

    upstream = PackagedGateway.emptyListUpstream(0);

    gateways = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      StandaloneGateway gateway =
          PackagedGateway.start(
              "gateway-" + i,
              "128m",
              Map.of(
                  "GAZETTEER_MUSEUMS_URL",
                  "http://127.0.0.1:" + upstream.getAddress().getPort(),
                  "GATEWAY_RATE_LIMIT_REDIS_URL",
                  "redis://127.0.0.1:" + redisPort,
                  "GATEWAY_RATE_LIMIT_TIERS_ANON_QUOTA",
                  Integer.toString(QUOTA),
                  "GATEWAY_RATE_LIMIT_TIERS_ANON_WINDOW",
                  "1H"));
      instances.add(gateway);
      gateways.add(gateway.url());
    }
  }

  @AfterAll
  void stop() {
    instances.forEach(StandaloneGateway::close);
    ProcessStopper.stop(processes, Duration.ofSeconds(10));
    if (upstream != null) {
      upstream.stop(0);
    }
  }

  @Test
  void theTwoInstancesTogetherLetThroughOneQuota() throws Exception {
    int passed = 0;
    int refused = 0;
    for (int i = 0; i < 3 * QUOTA; i++) {
      HttpResponse<String> answer = get(gateways.get(i % 2) + "/api/exhibits?limit=1");
      if (answer.statusCode() == 200) {
        passed++;
      } else {
        assertEquals(429, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("quota-exceeded"), answer.body());
        refused++;
      }
    }
    assertEquals(QUOTA, passed, "one quota for both instances, not one each");
    assertEquals(2 * QUOTA, refused);
    HttpResponse<String> last = get(gateways.get(0) + "/api/exhibits?limit=1");
    assertEquals(
        "\"anon\";q=" + QUOTA + ";w=3600",
        last.headers().firstValue("RateLimit-Policy").orElse(""));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** redis-server from the PATH or /usr/bin; the test fails (never skips) without it. */
  private static Path redisServer() {
    List<Path> places = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      places.add(Path.of(dir, "redis-server"));
    }
    places.add(Path.of("/usr/bin/redis-server"));
    return places.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "redis-server not found: install the Debian package redis-server"
                        + " (apt-get install redis-server)"));
  }

  private void awaitPort(int port) throws InterruptedException {
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline)) {
      try (Socket socket = new Socket("127.0.0.1", port);
          OutputStream out = socket.getOutputStream();
          InputStream in = socket.getInputStream()) {
        out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        if (new String(in.readNBytes(7), StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      // a pause that ends at once if redis-server dies meanwhile
      processes.get(0).process().waitFor(100, TimeUnit.MILLISECONDS);
    }
    fail("redis-server did not answer on port " + port + "; see " + logs);
  }
}
