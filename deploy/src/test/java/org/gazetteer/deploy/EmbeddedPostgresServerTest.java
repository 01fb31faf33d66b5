package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's PostgreSQL, for real: durable settings, UTF-8 locale, the bind address, data kept
 * across runs.
 */
class EmbeddedPostgresServerTest {

  @TempDir Path data;

  private final DatabaseTarget target = DatabaseTarget.embedded(Ports.ephemeral().postgres());

  private String query(String database, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                target.jdbcUrl(database), target.user(), target.password());
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private EmbeddedPostgresServer start() {
    return EmbeddedPostgresServer.start(
        NetworkConfig.LOOPBACK,
        target.port(),
        data.resolve("postgres"),
        data.resolve("logs/postgres.log"));
  }

  @Test
  void runsDurablyWithAUtf8LocaleOnTheBindAddress() throws SQLException {
    try (EmbeddedPostgresServer server = start()) {
      Databases.createMissing(target, List.of("museums"));

      assertEquals("on", query("postgres", "SHOW fsync"));
      assertEquals("on", query("postgres", "SHOW synchronous_commit"));
      assertEquals("127.0.0.1", query("postgres", "SHOW listen_addresses"));
      assertEquals(
          "UTF8 C.UTF-8",
          query(
              "postgres",
              "SELECT pg_encoding_to_char(encoding) || ' ' || datctype FROM pg_database"
                  + " WHERE datname = 'museums'"));
    }
  }

  @Test
  void aSecondStartKeepsTheDataAndCreatesNothingTwice() throws SQLException {
    assertFalse(EmbeddedPostgresServer.hasCluster(data.resolve("postgres")));
    try (EmbeddedPostgresServer first = start()) {
      assertEquals(
          DatabaseTarget.DATABASES, Databases.createMissing(target, DatabaseTarget.DATABASES));
      try (Connection c =
              DriverManager.getConnection(
                  target.jdbcUrl("events"), target.user(), target.password());
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('四川扶贫志')");
      }
    }

    assertTrue(EmbeddedPostgresServer.hasCluster(data.resolve("postgres")));
    try (EmbeddedPostgresServer second = start()) {
      assertEquals(List.of(), Databases.createMissing(target, List.of("events")));
      assertEquals("四川扶贫志", query("events", "SELECT note FROM kept"));
    }
  }
}
