package org.gazetteer.common.testing;

import io.quarkus.arc.Arc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gazetteer.common.search.SearchFormsBackfill;
import org.gazetteer.common.search.SearchTable;

/**
 * Tests run with demo data off, which checks only the demo migration's syntax. This runs it with
 * demo data on inside a transaction that is rolled back, so its rows must satisfy every constraint
 * of the schema, and lets the test count what it inserted; the rows' search forms are written as
 * after a migration at start.
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
    check(dataSource, List.of(resource), checks);
  }

  /** Loads several demo migrations in order (a later one may build on an earlier one's rows). */
  public static void check(DataSource dataSource, List<String> resources, Checks checks)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        load(s, resources);
        checks.run(sql -> count(s, sql));
      } finally {
        c.rollback();
      }
    }
  }

  /**
   * The rows of {@code sql}, each column as text, after loading {@code resources} (rolled back).
   */
  public static List<List<String>> rows(DataSource dataSource, List<String> resources, String sql)
      throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        load(s, resources);
        try (ResultSet rs = s.executeQuery(sql)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
              row.add(rs.getString(i));
            }
            rows.add(row);
          }
        }
      } finally {
        c.rollback();
      }
    }
    return rows;
  }

  /**
   * Runs the scripts, then writes the search forms of the rows they wrote as the service's Flyway
   * would after them (common's {@link SearchFormsBackfill}, over the service's tables).
   */
  private static void load(Statement s, List<String> resources) throws SQLException {
    for (String resource : resources) {
      s.execute(script(resource));
    }
    for (SearchTable table : Arc.container().select(SearchTable.class)) {
      SearchFormsBackfill.backfill(s.getConnection(), table);
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
