package org.gazetteer.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gazetteer.deploy.StandaloneService;

/**
 * The database side of the benchmark over JDBC, on two sessions: one with PostgreSQL's defaults,
 * and one with index and bitmap scans switched off, for the truly unindexed LIKE scan. Only the
 * benchmark's own statements run here (the baseline, counts, the data); the service's search runs
 * at the service.
 */
final class SqlProbes implements AutoCloseable {

  private final Connection planned;
  private final Connection unindexed;

  SqlProbes(StandaloneService museums) throws SQLException {
    this.planned = museums.connect();
    this.unindexed = museums.connect();
    try (Statement noIndexes = unindexed.createStatement()) {
      noIndexes.execute("SET enable_indexscan = off");
      noIndexes.execute("SET enable_indexonlyscan = off");
      noIndexes.execute("SET enable_bitmapscan = off");
    }
  }

  /** The session with the planner's defaults, e.g. for loading data. */
  Connection connection() {
    return planned;
  }

  /** The session with index and bitmap scans off. */
  Connection unindexedConnection() {
    return unindexed;
  }

  /**
   * Runs {@code measurement} with the search index dropped, then builds it again as it was: what
   * the service's own search costs without its index.
   */
  <T> T withoutSearchIndex(Callable<T> measurement) throws Exception {
    String definition = column("SELECT pg_get_indexdef('exhibit_search'::regclass)").get(0);
    try (Statement drop = planned.createStatement()) {
      drop.execute("DROP INDEX exhibit_search");
    }
    try {
      return measurement.call();
    } finally {
      try (Statement create = planned.createStatement()) {
        create.execute(definition);
      }
    }
  }

  /** The LIKE baseline; {@code scan} forbids indexes, else the planner chooses. */
  int like(String term, boolean scan) throws SQLException {
    Connection connection = scan ? unindexed : planned;
    try (PreparedStatement like = connection.prepareStatement(LikeSql.like(term))) {
      return countRows(like);
    }
  }

  /** Published exhibits matching {@code term} by LIKE. */
  long likeCount(String term) throws SQLException {
    return number(LikeSql.likeCount(term));
  }

  /** A single number, e.g. {@code SELECT count(*) FROM exhibit}. */
  long number(String sql) throws SQLException {
    return Long.parseLong(column(sql).get(0));
  }

  /** The first column of every row, as text. */
  List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement query = planned.createStatement();
        ResultSet rows = query.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** Ids of all published exhibits in inventory order, the same order for every run. */
  List<UUID> publishedIds() throws SQLException {
    return column(
            "SELECT id FROM exhibit WHERE status = 'PUBLISHED' ORDER BY museum_code, inventory_no")
        .stream()
        .map(UUID::fromString)
        .toList();
  }

  private static int countRows(PreparedStatement query) throws SQLException {
    int count = 0;
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        rows.getString(1);
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() throws SQLException {
    try (Connection first = planned;
        Connection second = unindexed) {
      // try-with-resources closes both, even when one fails
    }
  }
}
