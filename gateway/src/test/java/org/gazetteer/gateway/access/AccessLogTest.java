package org.gazetteer.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access log line of a request, captured from the log manager. Lines are written when the
 * response ends, which may be just after the client has it, so the test waits for its line.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(TestTokenResource.class)
class AccessLogTest {

  private static final long WAIT_SECONDS = 10;

  @Inject GatewayConfig config;

  private final BlockingQueue<String> accessLines = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> allLines = new LinkedBlockingQueue<>();
  private final Handler capture = new Capture();
  private String path;

  @BeforeEach
  void capture() {
    Logger.getLogger("").addHandler(capture);
    path = GatewayFixtures.uniquePath("/api/reservations") + "/check-in";
    GatewayFixtures.upstream(config, "reading-rooms")
        .register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  @AfterEach
  void release() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void masksTheCheckInCodeAndNeverLogsTheToken() throws InterruptedException {
    String token = TestTokens.token("staff.wuhou", "wuhou", "reading-room-staff");

    given()
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", "log-test-1")
        .when()
        .post(path + "?code=SECRET123&x=1")
        .then()
        .statusCode(200);

    String line = awaitLine(path);
    assertTrue(line.contains("\"POST " + path + "?code=***&x=1 HTTP/1.1\" 200 "), line);
    assertTrue(
        line.endsWith("rid=log-test-1 upstream=reading-rooms user=staff.wuhou-id client=-"), line);
    List<String> logged = List.copyOf(allLines);
    assertTrue(logged.contains(line), "the root logger sees the access log too");
    for (String other : logged) {
      assertFalse(other.contains("SECRET123"), other);
      assertFalse(other.contains(token), other);
    }
  }

  @Test
  void logsRequestsTheGatewayAnswersItself() throws InterruptedException {
    String unknown = GatewayFixtures.uniquePath("/api/unknown");

    given().when().get(unknown + "?token=abc").then().statusCode(404);

    String line = awaitLine(unknown);
    assertTrue(line.contains("\"GET " + unknown + "?token=*** HTTP/1.1\" 404 "), line);
    assertTrue(line.endsWith(" upstream=- user=- client=-"), line);
  }

  @Test
  void writesOneLinePerRequest() throws InterruptedException {
    given().when().get(path).then().statusCode(200);
    given().when().get(path).then().statusCode(200);

    awaitLine(path);
    awaitLine(path);
    assertEquals(
        0, accessLines.stream().filter(l -> l.contains(path)).count(), "a third line appeared");
  }

  /** The next access log line that names {@code target}, waiting for it up to a deadline. */
  private String awaitLine(String target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      String line = accessLines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.contains(target)) {
        return line;
      }
    }
    throw new AssertionError("no access log line for " + target);
  }

  /**
   * Collects the message of every record that reaches the root logger, and of the access log's
   * records apart, in that order: once a test has an access line, the list of all lines has it.
   */
  private final class Capture extends Handler {
    private final Formatter message = new PatternFormatter("%s");

    @Override
    public void publish(LogRecord record) {
      String line = message.format(record);
      allLines.add(line);
      if (AccessLog.CATEGORY.equals(record.getLoggerName())) {
        accessLines.add(line);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
