package org.gazetteer.common.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * Writes the {@link SearchForms} of rows that SQL wrote (demo and test data, migrations) or that an
 * older {@link ChineseText#VERSION} wrote, after each Flyway migration at start: a row whose {@code
 * search_forms} is not the current version is read, its forms made by the table's own function and
 * written back, a thousand rows at a time. A migration that changes a searchable text in SQL sets
 * {@code search_forms} to null, so its rows are written again here.
 */
public final class SearchFormsBackfill implements Callback {

  private static final Logger LOG = Logger.getLogger(SearchFormsBackfill.class);
  private static final int BATCH = 1000;

  private final List<SearchTable> tables;

  public SearchFormsBackfill(List<SearchTable> tables) {
    this.tables = List.copyOf(tables);
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    for (SearchTable table : tables) {
      try {
        long written = backfill(context.getConnection(), table);
        if (written > 0) {
          LOG.infof("search forms: wrote %d rows of %s", written, table.table());
        }
      } catch (SQLException e) {
        throw new FlywayException("search forms of " + table.table() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String getCallbackName() {
    return "search-forms";
  }

  /** Writes the forms of every stale row of {@code table}; the number of rows written. */
  public static long backfill(Connection connection, SearchTable table) throws SQLException {
    String select =
        "SELECT "
            + table.key()
            + ", "
            + String.join(", ", table.columns())
            + " FROM "
            + table.table()
            + " WHERE search_forms IS DISTINCT FROM ? LIMIT "
            + BATCH;
    String update =
        "UPDATE "
            + table.table()
            + " SET search_a = ?, search_b = ?, search_c = ?, search_pinyin = ?, search_forms = ?"
            + " WHERE "
            + table.key()
            + " = ?";
    long stale;
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT count(*) FROM " + table.table() + " WHERE search_forms IS DISTINCT FROM ?")) {
      count.setShort(1, ChineseText.VERSION);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        stale = result.getLong(1);
      }
    }
    long written = 0;
    try (PreparedStatement reads = connection.prepareStatement(select);
        PreparedStatement writes = connection.prepareStatement(update)) {
      // each round writes the current version into the rows it read, so they are not read again:
      // the stale rows take stale / BATCH + 1 rounds, and one more finds none
      for (long round = 0; round <= stale / BATCH + 1; round++) {
        List<Object> keys = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        reads.setShort(1, ChineseText.VERSION);
        try (ResultSet result = reads.executeQuery()) {
          int width = table.columns().size();
          while (result.next()) {
            keys.add(result.getObject(1));
            String[] row = new String[width];
            for (int i = 0; i < width; i++) {
              row[i] = result.getString(i + 2);
            }
            texts.add(row);
          }
        }
        if (keys.isEmpty()) {
          return written;
        }
        for (int r = 0; r < keys.size(); r++) {
          SearchForms forms = table.forms().apply(texts.get(r));
          writes.setString(1, forms.a);
          writes.setString(2, forms.b);
          writes.setString(3, forms.c);
          writes.setString(4, forms.pinyin);
          writes.setShort(5, forms.version);
          writes.setObject(6, keys.get(r));
          writes.addBatch();
        }
        writes.executeBatch();
        written += keys.size();
      }
    }
    throw new SQLException(
        table.table() + ": rows keep stale search forms after " + written + " were written");
  }
}
