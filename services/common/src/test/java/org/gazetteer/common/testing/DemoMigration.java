package org.gazetteer.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Tests run with demo data off, which checks only the demo migration's syntax. This runs it with
 * demo data on inside a transaction that is rolled back, so its rows must satisfy every constraint
 * of the schema, and lets the test count what it inserted.
 */
public final class DemoMigration {

  /** Counts rows inside the rolled-back transaction. */
  @FunctionalInterface
  public interface Checks {
    void run(Counter counter) throws SQLException;
  }

  /** Runs {@code select count(*) …} statements. */
  @FunctionalInterface
  public interface Counter {
    long count(String sql) throws SQLException;
  }

  private DemoMigration() {}

  /** Loads {@code resource} (e.g. {@code /db/migration/V2__demo_data.sql}) with demo on. */
  public static void check(DataSource dataSource, String resource, Checks checks)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(script(resource));
        checks.run(sql -> count(s, sql));
      } finally {
        c.rollback();
      }
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String script(String resource) {
    try (InputStream in = DemoMigration.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${demo}", "true");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
