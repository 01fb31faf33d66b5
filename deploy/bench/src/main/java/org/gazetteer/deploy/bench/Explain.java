package org.gazetteer.deploy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** EXPLAIN of the benchmark's own baseline queries, as planned or with index scans off. */
final class Explain {

  private final Connection planned;
  private final Connection unindexed;

  Explain(SqlProbes sql) {
    this.planned = sql.connection();
    this.unindexed = sql.unindexedConnection();
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
