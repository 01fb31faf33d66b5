package org.gazetteer.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gazetteer.deploy.DatabaseTarget;

/**
 * The database side of the benchmark over JDBC, on three sessions: one with PostgreSQL's defaults
 * (a statement run often becomes a server-side prepared statement, which PostgreSQL may switch to a
 * generic plan, as happens to the service's cached statements), one that always plans for the
 * actual parameters ({@code plan_cache_mode = force_custom_plan}), and one with index and bitmap
 * scans switched off, for the truly unindexed LIKE scan.
 */
final class SqlProbes implements AutoCloseable {

  private final Connection planned;
  private final Connection custom;
  private final Connection unindexed;

  SqlProbes(DatabaseTarget database) throws SQLException {
    this.planned = connect(database);
    this.custom = connect(database);
    this.unindexed = connect(database);
    try (Statement forceCustom = custom.createStatement();
        Statement noIndexes = unindexed.createStatement()) {
      forceCustom.execute("SET plan_cache_mode = force_custom_plan");
      noIndexes.execute("SET enable_indexscan = off");
      noIndexes.execute("SET enable_indexonlyscan = off");
      noIndexes.execute("SET enable_bitmapscan = off");
    }
  }

  private static Connection connect(DatabaseTarget database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl("museums"), database.user(), database.password());
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
   * The service's ranked page query; {@code customPlan} forbids generic plans. Returns rows read.
   */
  int indexedPage(String term, boolean customPlan) throws SQLException {
    String tsQuery = SearchSql.tsQuery(term);
    try (PreparedStatement page =
        (customPlan ? custom : planned).prepareStatement(SearchSql.PAGE)) {
      page.setString(1, tsQuery);
      page.setString(2, tsQuery);
      return countRows(page);
    }
  }

  /** The LIKE baseline; {@code scan} forbids indexes, else the planner chooses. */
  int like(String term, boolean scan) throws SQLException {
    Connection connection = scan ? unindexed : planned;
    try (PreparedStatement like = connection.prepareStatement(SearchSql.like(term))) {
      return countRows(like);
    }
  }

  /** Published exhibits matching {@code term} by LIKE. */
  long likeCount(String term) throws SQLException {
    return number(SearchSql.likeCount(term));
  }

  /** Published exhibits matching {@code term} through the index. */
  long indexedCount(String term) throws SQLException {
    try (PreparedStatement count = planned.prepareStatement(SearchSql.TS_COUNT)) {
      count.setString(1, SearchSql.tsQuery(term));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
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

  /**
   * How the default session's server-side prepared page statement was planned, from {@code
   * pg_prepared_statements}: e.g. {@code 595 generic, 5 custom plans}.
   */
  String planCache() throws SQLException {
    String sql =
        "SELECT coalesce(sum(generic_plans), 0) || ' generic, ' || coalesce(sum(custom_plans), 0)"
            + " || ' custom plans' FROM pg_prepared_statements WHERE statement LIKE"
            + " '%ts_rank(e.search%'";
    return column(sql).get(0);
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
        Connection second = custom;
        Connection third = unindexed) {
      // try-with-resources closes all three, even when one fails
    }
  }
}
