package org.gazetteer.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One packaged service of the network on an embedded PostgreSQL of its own, both on free ports of
 * the loopback address, their files in a temporary folder; no Keycloak, no gateway. This is what
 * the benchmarks ({@code deploy/bench}) measure. The service gets the environment the launcher
 * gives it in a network, with its OIDC URL on a free port where nothing listens (it starts without
 * Keycloak), and on top whatever the caller adds, e.g. a key of its own to trust. {@link #close()}
 * stops the service, then PostgreSQL.
 *
 * <p>Part of the launcher's API, with {@link Network}, {@link NetworkConfig} and {@link
 * StartupException}.
 */
public final class StandaloneService implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final NetworkConfig config;
  private final AppSpec app;
  private final String databaseName;
  private final List<ManagedProcess> processes = new ArrayList<>();
  private EmbeddedPostgresServer postgres;

  private StandaloneService(NetworkConfig config, AppSpec app) {
    this.config = config;
    this.app = app;
    this.databaseName = app.name().replace('-', '_');
  }

  /**
   * Starts PostgreSQL with the service's empty database, then the service, and returns once it is
   * ready. On failure it stops whatever had started and throws {@link StartupException}; a missing
   * {@code quarkus-run.jar} is reported before anything starts.
   *
   * @param name {@code museums}, {@code reading-rooms}, {@code events} or {@code alliance}
   * @param demoData whether the service loads its demo data
   * @param environment laid over the service's environment
   * @param progress receives one line per step
   */
  public static StandaloneService start(
      Path repoRoot,
      String name,
      boolean demoData,
      Map<String, String> environment,
      Consumer<String> progress)
      throws IOException {
    Ports ports = Ports.ephemeral();
    AppSpec app =
        AppSpec.services(ports).stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no service called " + name));
    Path jar = app.jar(repoRoot);
    if (!Files.isRegularFile(jar)) {
      throw new StartupException("missing " + jar + "; build it first");
    }
    Path dir = Files.createTempDirectory("gazetteer-" + name + "-");
    NetworkConfig config =
        new NetworkConfig(
            repoRoot,
            dir,
            dir.resolve("logs"),
            ports,
            NetworkConfig.LOOPBACK,
            DatabaseTarget.embedded(ports.postgres()),
            demoData,
            Scope.ALL,
            Optional.empty(),
            START_TIMEOUT);
    StandaloneService service = new StandaloneService(config, app);
    try {
      service.startAll(environment, progress);
      return service;
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
  }

  private void startAll(Map<String, String> environment, Consumer<String> progress) {
    progress.accept("postgres: starting on port " + config.ports().postgres() + " in " + dataDir());
    postgres =
        EmbeddedPostgresServer.start(
            config.bindAddress(),
            config.ports().postgres(),
            config.postgresDataDir(),
            config.logDir().resolve("postgres.log"));
    Databases.createMissing(config.database(), List.of(databaseName));
    progress.accept(app.name() + ": starting on port " + app.port());
    ManagedProcess process = QuarkusApp.start(app, config, environment);
    processes.add(process);
    URI ready = URI.create(url() + "/q/health/ready");
    new Readiness(() -> false)
        .awaitAll(List.of(new Readiness.Target(process, ready)), START_TIMEOUT, t -> {});
    progress.accept(app.name() + ": ready");
  }

  /** The service's base URL on the loopback address, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return "http://127.0.0.1:" + app.port();
  }

  /** The service's process id, e.g. to read the CPU time it used. */
  public long pid() {
    return processes.get(0).process().pid();
  }

  /** A new connection to the service's database, as PostgreSQL's superuser. */
  public Connection connect() throws SQLException {
    DatabaseTarget database = config.database();
    return DriverManager.getConnection(
        database.jdbcUrl(databaseName), database.user(), database.password());
  }

  /** The temporary folder holding the cluster and the logs. */
  public Path dataDir() {
    return config.dataDir();
  }

  /** Where the service's and PostgreSQL's logs are. */
  public Path logDir() {
    return config.logDir();
  }

  /** Stops the service, then PostgreSQL. Safe to call more than once, and from another thread. */
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
  public void deleteFiles() {
    try (Stream<Path> paths = Files.walk(dataDir())) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dataDir(), e);
    }
  }
}
