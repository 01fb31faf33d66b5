package org.gazetteer.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gazetteer.deploy.StandaloneService;

/**
 * The baseline of the booking figure: plain single-row INSERTs, each its own committed transaction,
 * into a scratch table of the same database, from as many connections as the service's pool has
 * (20), so that both sides pay the same commit cost on the same machine in the same run.
 */
final class InsertBaseline implements AutoCloseable {

  static final int CONNECTIONS = 20;

  private final List<Connection> connections = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);

  InsertBaseline(StandaloneService service) throws SQLException {
    for (int i = 0; i < CONNECTIONS; i++) {
      connections.add(service.connect());
    }
    try (Statement ddl = connections.get(0).createStatement()) {
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS bench_insert (id uuid PRIMARY KEY, visitor text NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT now())");
    }
  }

  /** Inserts {@code rows} rows, spread over the connections; the wall time it took. */
  Duration run(int rows) throws Exception {
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < CONNECTIONS; c++) {
      Connection connection = connections.get(c);
      int share = rows / CONNECTIONS + (c < rows % CONNECTIONS ? 1 : 0);
      workers.add(pool.submit(() -> insert(connection, share)));
    }
    for (Future<?> worker : workers) {
      worker.get(3, TimeUnit.MINUTES);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static Void insert(Connection connection, int rows) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO bench_insert (id, visitor) VALUES (?, ?)")) {
      for (int i = 0; i < rows; i++) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, "baseline-" + i);
        insert.executeUpdate();
      }
    }
    return null;
  }

  @Override
  public void close() throws SQLException {
    pool.shutdownNow();
    for (Connection connection : connections) {
      connection.close();
    }
  }
}
