package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gazetteer.deploy.AppSpec;
import org.gazetteer.deploy.DatabaseTarget;
import org.gazetteer.deploy.Databases;
import org.gazetteer.deploy.EmbeddedPostgresServer;
import org.gazetteer.deploy.ManagedProcess;
import org.gazetteer.deploy.NetworkConfig;
import org.gazetteer.deploy.Ports;
import org.gazetteer.deploy.ProcessStopper;
import org.gazetteer.deploy.QuarkusApp;
import org.gazetteer.deploy.Readiness;
import org.gazetteer.deploy.Scope;
import org.gazetteer.deploy.StartupException;

/**
 * What the search benchmark runs against: its own embedded PostgreSQL in a temporary folder with an
 * empty {@code museums} database, and the packaged museums service, both on free ports. The
 * service's OIDC URL points at a free port where nothing listens: no request carries a token, and
 * the service starts without Keycloak. {@link #close()} stops both.
 */
final class MuseumsStack implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final NetworkConfig config;
  private final AppSpec app;
  private EmbeddedPostgresServer postgres;
  private final List<ManagedProcess> processes = new ArrayList<>();

  private MuseumsStack(NetworkConfig config) {
    this.config = config;
    this.app = new AppSpec("museums", "services/museums", config.ports().museums(), false);
  }

  /** Starts PostgreSQL and the service; on failure stops whatever had started and rethrows. */
  static MuseumsStack start(Path repoRoot, Consumer<String> progress) throws IOException {
    Path dir = Files.createTempDirectory("gazetteer-search-bench-");
    Ports ports = Ports.ephemeral();
    NetworkConfig config =
        new NetworkConfig(
            repoRoot,
            dir,
            dir.resolve("logs"),
            ports,
            NetworkConfig.LOOPBACK,
            DatabaseTarget.embedded(ports.postgres()),
            false,
            Scope.ALL,
            Optional.empty(),
            START_TIMEOUT);
    MuseumsStack stack = new MuseumsStack(config);
    try {
      stack.startAll(progress);
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private void startAll(Consumer<String> progress) {
    if (!Files.isRegularFile(app.jar(config.repoRoot()))) {
      throw new StartupException("missing " + app.jar(config.repoRoot()) + "; build it first");
    }
    progress.accept("postgres: starting on port " + config.ports().postgres() + " in " + dataDir());
    postgres =
        EmbeddedPostgresServer.start(
            config.bindAddress(),
            config.ports().postgres(),
            config.postgresDataDir(),
            config.logDir().resolve("postgres.log"));
    Databases.createMissing(config.database(), List.of("museums"));
    progress.accept("museums: starting on port " + app.port());
    ManagedProcess museums = QuarkusApp.start(app, config);
    processes.add(museums);
    URI ready = URI.create(app.url() + "/q/health/ready");
    new Readiness(() -> false)
        .awaitAll(List.of(new Readiness.Target(museums, ready)), START_TIMEOUT, t -> {});
    progress.accept("museums: ready");
  }

  /** The service's base URL on the loopback address. */
  String serviceUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  /** The JDBC URL of the service's database. */
  String jdbcUrl() {
    return config.database().jdbcUrl("museums");
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
    if (!processes.isEmpty()) {
      ProcessStopper.stop(processes, STOP_GRACE);
      processes.clear();
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** Deletes the temporary folder; call after {@link #close()}. */
  void deleteFiles() {
    try (Stream<Path> paths = Files.walk(dataDir())) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dataDir(), e);
    }
  }
}
