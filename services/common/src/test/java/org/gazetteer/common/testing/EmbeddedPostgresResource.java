package org.gazetteer.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Starts a real PostgreSQL 17 (zonky binaries) on a free port for a service's tests and points the
 * service's reactive and JDBC datasources at a fresh database in it. Tests keep the library's fast,
 * non-durable defaults (fsync off); the launcher turns durability back on.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private EmbeddedPostgres postgres;
  private String database = "service";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .setServerConfig("max_connections", "300")
              .start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database", e);
    }
    String hostPort = "localhost:" + postgres.getPort() + "/" + database;
    return Map.of(
        "quarkus.datasource.username",
        "postgres",
        "quarkus.datasource.password",
        "postgres",
        "quarkus.datasource.reactive.url",
        "postgresql://" + hostPort,
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://" + hostPort);
  }

  @Override
  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
