package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gazetteer.deploy.AppSpec;
import org.gazetteer.deploy.DatabaseTarget;
import org.gazetteer.deploy.Databases;
import org.gazetteer.deploy.EmbeddedPostgresServer;
import org.gazetteer.deploy.NetworkConfig;
import org.gazetteer.deploy.Ports;
import org.gazetteer.deploy.Scope;
import org.gazetteer.deploy.StartupException;

/**
 * What the booking benchmark runs against: its own embedded PostgreSQL (durable, as the launcher
 * configures it) in a temporary folder, and the packaged reading-rooms service with the demo
 * register of 646 rooms, both on free ports. The service trusts the run's {@link BenchTokens} key
 * rather than Keycloak, so it is started here with that key in its environment (the launcher's
 * {@code QuarkusApp} takes only the network's environment). {@link #close()} stops both.
 */
final class ReadingRoomsStack implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final NetworkConfig config;
  private final AppSpec app;
  private EmbeddedPostgresServer postgres;
  private Process service;

  private ReadingRoomsStack(NetworkConfig config) {
    this.config = config;
    this.app =
        new AppSpec(
            "reading-rooms", "services/reading-rooms", config.ports().readingRooms(), false);
  }

  /** Starts PostgreSQL and the service; on failure stops whatever had started and rethrows. */
  static ReadingRoomsStack start(Path repoRoot, BenchTokens tokens, Consumer<String> progress)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("gazetteer-booking-bench-");
    Ports ports = Ports.ephemeral();
    NetworkConfig config =
        new NetworkConfig(
            repoRoot,
            dir,
            dir.resolve("logs"),
            ports,
            NetworkConfig.LOOPBACK,
            DatabaseTarget.embedded(ports.postgres()),
            true,
            Scope.ALL,
            Optional.empty(),
            START_TIMEOUT);
    ReadingRoomsStack stack = new ReadingRoomsStack(config);
    try {
      stack.startAll(tokens, progress);
      return stack;
    } catch (RuntimeException | IOException | InterruptedException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll(BenchTokens tokens, Consumer<String> progress)
      throws IOException, InterruptedException {
    Path jar = app.jar(config.repoRoot());
    if (!Files.isRegularFile(jar)) {
      throw new StartupException("missing " + jar + "; build it first");
    }
    progress.accept("postgres: starting on port " + config.ports().postgres() + " in " + dataDir());
    postgres =
        EmbeddedPostgresServer.start(
            config.bindAddress(),
            config.ports().postgres(),
            config.postgresDataDir(),
            config.logDir().resolve("postgres.log"));
    Databases.createMissing(config.database(), List.of("reading_rooms"));
    progress.accept("reading-rooms: starting on port " + app.port() + " with the demo register");
    Path log = config.logDir().resolve("reading-rooms.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString())
            .directory(config.repoRoot().resolve(app.module()).toFile())
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()));
    builder.environment().putAll(app.environment(config));
    // A profile of its own: prod refuses a static key and would ask Keycloak about every token.
    builder.environment().putAll(tokens.serviceEnvironment());
    service = builder.start();
    awaitReady(log);
    progress.accept("reading-rooms: ready");
  }

  private void awaitReady(Path log) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(serviceUrl() + "/q/health/ready")).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new StartupException("reading-rooms exited during start; see " + log);
      }
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      service.waitFor(250, TimeUnit.MILLISECONDS);
    }
    throw new StartupException("reading-rooms not ready after " + START_TIMEOUT + "; see " + log);
  }

  /** The service's base URL on the loopback address. */
  String serviceUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  DatabaseTarget database() {
    return config.database();
  }

  /** The temporary folder holding the cluster and the logs. */
  Path dataDir() {
    return config.dataDir();
  }

  /** Stops the service, then PostgreSQL. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (service != null) {
      service.destroy();
      try {
        if (!service.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
          service.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        service.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      service = null;
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** Deletes the temporary folder; call after {@link #close()}. */
  void deleteFiles() throws IOException {
    try (Stream<Path> paths = Files.walk(dataDir())) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
