package org.gazetteer.deploy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN of the benchmark's queries. A query with parameters is explained the way the service runs
 * it, as a prepared statement ({@code PREPARE} + {@code EXPLAIN EXECUTE}), with the plan forced to
 * be generic (what a statement cached by the service's client gets after five runs) or custom.
 */
final class Explain {

  private static final String NAME = "bench_explain";

  private final Connection planned;
  private final Connection unindexed;

  Explain(SqlProbes sql) {
    this.planned = sql.connection();
    this.unindexed = sql.unindexedConnection();
  }

  /**
   * {@code sql} with its {@code ?} bound, in order, to {@code literals} (SQL literals such as
   * {@code '熊猫'} or {@code 21}), planned generically or for the values.
   */
  List<String> prepared(String options, String sql, List<String> literals, boolean generic)
      throws SQLException {
    String[] parts = sql.split("\\?", -1);
    if (parts.length - 1 != literals.size()) {
      throw new IllegalArgumentException(literals.size() + " values for " + (parts.length - 1));
    }
    StringBuilder numbered = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      numbered.append('$').append(i).append(parts[i]);
    }
    try (Statement statement = planned.createStatement()) {
      statement.execute("PREPARE " + NAME + " AS " + numbered);
      String mode = generic ? "force_generic_plan" : "force_custom_plan";
      statement.execute("SET plan_cache_mode = " + mode);
      try {
        return lines(
            statement,
            "EXPLAIN (" + options + ") EXECUTE " + NAME + "(" + String.join(", ", literals) + ")");
      } finally {
        statement.execute("RESET plan_cache_mode");
        statement.execute("DEALLOCATE " + NAME);
      }
    }
  }

  /** The literal of a text value. */
  static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** A query without parameters; {@code scan} uses the session without index or bitmap scans. */
  List<String> plain(String options, String sql, boolean scan) throws SQLException {
    try (Statement statement = (scan ? unindexed : planned).createStatement()) {
      return lines(statement, "EXPLAIN (" + options + ") " + sql);
    }
  }

  private static List<String> lines(Statement statement, String explain) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(explain)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }
}
