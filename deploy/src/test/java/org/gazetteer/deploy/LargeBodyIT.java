package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 50 MB body streams both ways through a packaged gateway whose heap is 64 MB: bodies are passed
 * on as they come, never held whole. The upstream is a small HTTP server in this JVM that digests
 * what it receives and sends 50 MB it makes up as it goes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeBodyIT {

  private static final long SIZE = 50L * 1024 * 1024;

  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer upstream;
  private StandaloneGateway gateway;

  /** {@code size} bytes of a seeded sequence, made while read. */
  static InputStream bytes(long size) {
    return new InputStream() {
      private final Random random = new Random(2026);
      private final byte[] block = new byte[64 * 1024];
      private int at = block.length;
      private long left = size;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int off, int len) {
        if (left == 0) {
          return -1;
        }
        if (at == block.length) {
          random.nextBytes(block);
          at = 0;
        }
        int n = (int) Math.min(Math.min(len, block.length - at), left);
        System.arraycopy(block, at, into, off, n);
        at += n;
        left -= n;
        return n;
      }
    };
  }

  /** The SHA-256 and length of a stream, read to its end. */
  static String digest(InputStream in) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[64 * 1024];
    long length = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      sha.update(buffer, 0, n);
      length += n;
    }
    return length + ":" + HexFormat.of().formatHex(sha.digest());
  }

  @BeforeAll
  void start() throws Exception {
    upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    upstream.createContext("/api/exhibits/upload", LargeBodyIT::receive);
    upstream.createContext("/api/exhibits/download", LargeBodyIT::send);
    upstream.start();
    gateway =
        PackagedGateway.start(
            "gateway-large-body",
            "64m",
            Map.of(
                "GAZETTEER_MUSEUMS_URL",
                "http://127.0.0.1:" + upstream.getAddress().getPort(),
                "GATEWAY_MAX_BODY_SIZE",
                Long.toString(2 * SIZE)));
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

  private static void receive(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] answer = digest(in).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (Exception e) {
      exchange.sendResponseHeaders(500, -1);
    }
  }

  private static void send(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, 0); // chunked: no length given
    try (InputStream in = bytes(SIZE);
        OutputStream out = exchange.getResponseBody()) {
      in.transferTo(out);
    }
  }

  @Test
  void fiftyMegabytesGoUpThroughASixtyFourMegabyteHeap() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(gateway.url() + "/api/exhibits/upload"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> bytes(SIZE)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(digest(bytes(SIZE)), answer.body(), "the upstream got every byte, in order");
    assertTrue(gateway.isAlive(), "the gateway is still up");
  }

  @Test
  void fiftyMegabytesComeDownThroughASixtyFourMegabyteHeap() throws Exception {
    HttpResponse<InputStream> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(gateway.url() + "/api/exhibits/download"))
                .timeout(Duration.ofMinutes(2))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, answer.statusCode());
    try (InputStream body = answer.body()) {
      assertEquals(digest(bytes(SIZE)), digest(body), "every byte, in order");
    }
    assertTrue(gateway.isAlive(), "the gateway is still up");
  }
}
