package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessTest {

  /** Nothing listens on a port that {@link Ports#ephemeral()} just handed out and released. */
  private static final URI NOBODY =
      URI.create("http://localhost:" + Ports.ephemeral().gateway() + "/q/health/ready");

  @TempDir Path logs;
  private final List<ManagedProcess> started = new ArrayList<>();

  @AfterEach
  void stopProcesses() {
    ProcessStopper.stop(started, Duration.ofSeconds(5));
  }

  private ManagedProcess shell(String name, String script) {
    ManagedProcess process = ProcessFixtures.shell(logs, name, script);
    started.add(process);
    return process;
  }

  @Test
  void returnsOnceTheUrlAnswers200() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/q/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      URI ready =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/q/health/ready");
      List<String> readyOnes = new ArrayList<>();

      new Readiness(() -> false)
          .awaitAll(
              List.of(new Readiness.Target(shell("museums", "sleep 60"), ready)),
              Duration.ofSeconds(30),
              target -> readyOnes.add(target.process().name()));

      assertEquals(List.of("museums"), readyOnes);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void failsWithTheLogTailWhenTheProcessExits() {
    ManagedProcess dying = shell("events", "echo 'Flyway migration failed'; exit 3");

    StartupException e =
        assertThrows(
            StartupException.class,
            () ->
                new Readiness(() -> false)
                    .awaitAll(
                        List.of(new Readiness.Target(dying, NOBODY)),
                        Duration.ofSeconds(30),
                        t -> {}));

    assertTrue(e.getMessage().startsWith("events exited with code 3"), e.getMessage());
    assertEquals("Flyway migration failed", e.logTail());
  }

  @Test
  void failsNamingTheComponentWhenTheDeadlinePasses() {
    ManagedProcess slow = shell("alliance", "sleep 60");

    StartupException e =
        assertThrows(
            StartupException.class,
            () ->
                new Readiness(() -> false)
                    .awaitAll(
                        List.of(new Readiness.Target(slow, NOBODY)),
                        Duration.ofMillis(300),
                        t -> {}));

    assertTrue(e.getMessage().startsWith("alliance was not ready after"), e.getMessage());
  }

  @Test
  void givesUpWhenTheStartIsCancelled() {
    ManagedProcess slow = shell("gateway", "sleep 60");

    StartupException e =
        assertThrows(
            StartupException.class,
            () ->
                new Readiness(() -> true)
                    .awaitAll(
                        List.of(new Readiness.Target(slow, NOBODY)),
                        Duration.ofSeconds(30),
                        t -> {}));

    assertEquals("start cancelled", e.getMessage());
  }
}
