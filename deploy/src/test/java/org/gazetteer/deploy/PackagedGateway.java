package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway started as its own process on free ports, for tests that need a real process
 * (several instances, a small heap) rather than {@code @QuarkusTest}. No Keycloak: its issuer
 * points at a closed port, which anonymous requests never need.
 */
final class PackagedGateway implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(90);

  private final ManagedProcess process;
  private final String url;
  private final Path logs;

  private PackagedGateway(ManagedProcess process, String url, Path logs) {
    this.process = process;
    this.url = url;
    this.logs = logs;
  }

  /**
   * Starts the gateway of this checkout with {@code env} laid over its own (upstream URLs, limits)
   * and {@code -Xmx} of {@code heap}, and waits until it is live.
   */
  static PackagedGateway start(String name, String heap, Map<String, String> env)
      throws IOException, InterruptedException {
    Path repo = RepoRoot.locate(Map.of(), Path.of("").toAbsolutePath());
    Path logs = Files.createTempDirectory("gazetteer-" + name + "-");
    int port = freePort();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    all.put("GAZETTEER_GATEWAY_MANAGEMENT_PORT", Integer.toString(freePort()));
    all.put("GAZETTEER_OIDC_URL", "http://127.0.0.1:" + freePort() + "/realms/gazetteer");
    all.putAll(env);
    Path jar = repo.resolve("gateway/target/quarkus-app/quarkus-run.jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ManagedProcess process =
        ManagedProcess.start(
            name,
            List.of(java.toString(), "-Xmx" + heap, "-jar", jar.toString()),
            all,
            repo.resolve("gateway"),
            logs);
    PackagedGateway gateway = new PackagedGateway(process, "http://127.0.0.1:" + port, logs);
    gateway.awaitLive();
    return gateway;
  }

  String url() {
    return url;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  ManagedProcess process() {
    return process;
  }

  @Override
  public void close() {
    ProcessStopper.stop(List.of(process), Duration.ofSeconds(10));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitLive() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        HttpResponse<Void> live =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (live.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      // a pause that ends at once if the gateway dies meanwhile
      process.process().waitFor(200, TimeUnit.MILLISECONDS);
    }
    close();
    fail("the gateway did not start; see " + logs + "\n" + process.logTail(40));
  }
}
