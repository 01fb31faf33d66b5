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

  SqlProbes(StandaloneService museums) throws SQLException {
    this.planned = museums.connect();
    this.custom = museums.connect();
    this.unindexed = museums.connect();
    try (Statement forceCustom = custom.createStatement();
        Statement noIndexes = unindexed.createStatement()) {
      forceCustom.execute("SET plan_cache_mode = force_custom_plan");
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
   * The service's search statement; {@code customPlan} forbids generic plans. Returns the page rows
   * read, after checking that facet counts came with them.
   */
  int searchStatement(String term, boolean customPlan) throws SQLException {
    try (PreparedStatement search =
        (customPlan ? custom : planned).prepareStatement(SearchSql.STATEMENT)) {
      search.setString(1, SearchSql.tsQuery(term));
      search.setInt(2, SearchSql.PAGE_ROWS);
      int page = 0;
      int facets = 0;
      try (ResultSet rows = search.executeQuery()) {
        while (rows.next()) {
          rows.getString(2);
          if (rows.getInt(1) == 0) {
            page++;
          } else {
            facets++;
          }
        }
      }
      if (facets == 0) {
        throw new IllegalStateException("the search statement for " + term + " gave no facets");
      }
      return page;
    }
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
