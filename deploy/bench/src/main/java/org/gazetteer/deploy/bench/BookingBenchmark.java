package org.gazetteer.deploy.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import org.gazetteer.deploy.StandaloneService;

/**
 * The seat-booking benchmark: 500 concurrent reservation attempts on a 20-seat slot end with
 * exactly 20 confirmed (the figure that must hold), with attempts/s as a ratio to a plain
 * single-row insert rate and the attempts' p99, measured in the same run; and the register's {@code
 * near} query p95 on the 646 demo rooms as a ratio to a primary-key lookup. Starts its own
 * PostgreSQL and reading-rooms service on free ports and stops them at the end, also on failure.
 * Run it with {@code deploy/bench/booking.sh}.
 */
public final class BookingBenchmark {

  /** How long to wait for other Maven builds, in minutes; 0 measures at once. */
  private BookingBenchmark() {}

  /** Exits 0 after a complete run (targets met or not), 1 when the run failed. */
  public static void main(String[] args) {
    BenchMain.run(args, "booking", BookingBenchmark::run, BookingBenchmark::say);
  }

  private static String run(Path repoRoot) throws Exception {
    String loadAtStart = MachineFacts.loadAverage();
    MachineFacts facts = MachineFacts.collect(repoRoot);
    BenchTokens tokens = new BenchTokens();
    // The demo register of 646 rooms; the service trusts the run's key instead of Keycloak.
    StandaloneService stack =
        StandaloneService.start(
            repoRoot, "reading-rooms", true, tokens.serviceEnvironment(), BookingBenchmark::say);
    Thread stopOnSignal = new Thread(stack::close, "booking-bench-stop");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    boolean completed = false;
    try (Connection db = stack.connect();
        InsertBaseline inserts = new InsertBaseline(stack)) {
      String report = measure(facts, loadAtStart, stack, tokens, db, inserts);
      completed = true;
      return report;
    } finally {
      stack.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnSignal);
      } catch (IllegalStateException shuttingDown) {
        // Interrupted by a signal: the hook has stopped everything already.
      }
      if (completed) {
        stack.deleteFiles();
      } else {
        say("logs kept in " + stack.logDir());
      }
    }
  }

  private static String measure(
      MachineFacts facts,
      String loadAtStart,
      StandaloneService stack,
      BenchTokens tokens,
      Connection db,
      InsertBaseline inserts)
      throws Exception {
    BookingMeasurement measurement =
        new BookingMeasurement(stack.url(), tokens, BookingBenchmark::say);
    measurement.createRoom();
    Duration waited = QuietMachine.awaitNoMaven(QuietMachine.mavenWait(), BookingBenchmark::say);
    Conditions before = Conditions.now();
    BookingMeasurement.Contention contention =
        measurement.contention(new BookingContention(stack.url(), db), inserts);
    Map<String, Latency> reads = measurement.reads();
    Conditions after = Conditions.now();
    return BookingReport.markdown(
        new BookingReport.Run(facts, loadAtStart, waited, before, after, contention, reads));
  }

  private static void say(String line) {
    System.out.println("booking-bench: " + line);
  }
}
