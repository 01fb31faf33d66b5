package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An upstream stops and starts again under a packaged gateway: while it is gone the gateway answers
 * 503 with {@code Retry-After}, fast and never hanging; once it is back the route works again
 * without restarting the gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamRecoveryIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private int port;
  private HttpServer upstream;
  private StandaloneGateway gateway;

  private HttpServer serve() throws IOException {
    return PackagedGateway.emptyListUpstream(port);
  }

  @BeforeAll
  void start() throws Exception {
    port = Ports.freePort();
    upstream = serve();
    gateway =
        PackagedGateway.start(
            "gateway-recovery",
            "128m",
            Map.of(
                "GAZETTEER_MUSEUMS_URL", "http://127.0.0.1:" + port,
                "GATEWAY_CACHE_ENABLED", "false",
                "GATEWAY_CIRCUIT_BREAKER_FAILURE_THRESHOLD", "2",
                "GATEWAY_CIRCUIT_BREAKER_DELAY", "1S"));
  }

  @AfterAll
  void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (upstream != null) {
      upstream.stop(0);
    }
  }

  private HttpResponse<String> get() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(gateway.url() + "/api/museums"))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Asks until the gateway answers {@code status}, at most 200 times in 30 s; the last answer. */
  private HttpResponse<String> until(int status) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    HttpResponse<String> answer = get();
    for (int i = 0;
        i < 200 && answer.statusCode() != status && Instant.now().isBefore(deadline);
        i++) {
      // a pause that ends at once if the gateway dies meanwhile
      gateway.process().process().waitFor(100, TimeUnit.MILLISECONDS);
      answer = get();
    }
    return answer;
  }

  @Test
  void aStoppedUpstreamIs503UntilItIsBack() throws Exception {
    assertEquals(200, get().statusCode());

    upstream.stop(0);
    HttpResponse<String> gone = until(503);
    assertEquals(503, gone.statusCode(), gone.body());
    assertTrue(gone.headers().firstValue("Retry-After").isPresent(), "says when to try again");
    assertTrue(gone.body().contains("/problems/unavailable"), gone.body());

    upstream = serve();
    HttpResponse<String> back = until(200);
    assertEquals(200, back.statusCode(), back.body());
    assertEquals("{\"items\": [], \"next\": null}", back.body());
  }
}
