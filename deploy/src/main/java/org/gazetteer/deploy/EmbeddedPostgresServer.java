package org.gazetteer.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL 17 from the zonky binaries, run through the library (it copes with running as root,
 * the bare {@code initdb} does not). Unlike the library's test defaults the data is kept between
 * runs and made durable: {@code fsync=on} and {@code synchronous_commit=on} (a later {@code -c}
 * overrides the library's {@code -F}). The cluster is UTF8 with locale {@code C.UTF-8} so that
 * pg_trgm can index Chinese.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts on {@code bindAddress:port} ({@code listen_addresses}), initialising {@code dataDir}
   * first if it holds no cluster yet.
   */
  static EmbeddedPostgresServer start(String bindAddress, int port, Path dataDir, Path log) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(log.getParent());
      Redirect toLog = Redirect.appendTo(log.toFile());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .setServerConfig("listen_addresses", bindAddress)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setPGStartupWait(STARTUP_WAIT)
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start();
      return new EmbeddedPostgresServer(postgres);
    } catch (IOException | RuntimeException e) {
      throw new StartupException(
          "postgres did not start on port " + port + ": " + e.getMessage() + " (log: " + log + ")",
          e);
    }
  }

  /** Whether {@code dataDir} already holds a cluster, i.e. this start reuses earlier data. */
  static boolean hasCluster(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve("PG_VERSION"));
  }

  /** A clean shutdown ({@code pg_ctl stop -m fast}): a checkpoint, then exit. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new IllegalStateException("could not stop postgres: " + e.getMessage(), e);
    }
  }
}
