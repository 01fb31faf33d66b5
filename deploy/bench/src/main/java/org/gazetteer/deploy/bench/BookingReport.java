package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Writes the booking benchmark's results as Markdown ({@code results/booking.md}). */
final class BookingReport {

  /** Everything one run measured, and the machine it ran on. */
  record Run(
      MachineFacts facts,
      String loadAtStart,
      Duration waited,
      Conditions before,
      Conditions after,
      BookingMeasurement.Contention contention,
      Map<String, Latency> reads) {}

  private BookingReport() {}

  static List<Ratio> figures(Run run) {
    List<BookingRound> rounds = run.contention().rounds();
    boolean exact = rounds.stream().allMatch(r -> r.exact(BookingMeasurement.SEATS));
    double booking = Median.of(rounds.stream().map(BookingRound::attemptsPerSecond).toList());
    double inserts =
        Median.of(
            run.contention().inserts().stream()
                .map(d -> BookingMeasurement.ATTEMPTS / (d.toNanos() / 1e9))
                .toList());
    Latency near = run.reads().get(BookingMeasurement.NEAR);
    Latency pk = run.reads().get(BookingMeasurement.PK);
    List<Ratio> figures = new ArrayList<>();
    figures.add(
        new Ratio(
            "rounds with exactly "
                + BookingMeasurement.SEATS
                + " confirmed of "
                + BookingMeasurement.ATTEMPTS,
            rounds.stream().filter(r -> r.exact(BookingMeasurement.SEATS)).count(),
            " of " + rounds.size(),
            "every round",
            exact));
    figures.add(Ratio.info("booking attempts/s ÷ single-row inserts/s", booking / inserts, "×"));
    figures.add(Ratio.info("booking attempts/s (median round)", booking, ""));
    figures.add(Ratio.info("single-row inserts/s (median round)", inserts, ""));
    figures.add(Ratio.info("booking attempt p99", p99(rounds), " ms"));
    figures.add(Ratio.atMost("near p95 ÷ PK lookup p95", near.p95() / pk.p95(), "×", 10));
    figures.add(Ratio.info("near p95", near.p95(), " ms"));
    figures.add(Ratio.info("PK lookup p95", pk.p95(), " ms"));
    return figures;
  }

  static String markdown(Run run) {
    StringBuilder md = new StringBuilder();
    header(md, run);
    md.append("## Figures\n\n").append(Ratio.table(figures(run)));
    rounds(md, run);
    reads(md, run);
    return md.toString();
  }

  private static void header(StringBuilder md, Run run) {
    MachineFacts f = run.facts();
    md.append("# Booking benchmark: results\n\n")
        .append(
            "Written by `deploy/bench/booking.sh` (`org.gazetteer.deploy.bench.BookingBenchmark`)")
        .append(" and overwritten by each run; what is measured and why: `deploy/bench/README.md`.")
        .append("\n\n")
        .append("- Date: ")
        .append(f.date())
        .append("; commit ")
        .append(f.commit())
        .append('\n')
        .append("- Machine: ")
        .append(f.cpus())
        .append(" CPUs (")
        .append(f.cpuModel())
        .append("), ")
        .append(f.memory())
        .append('\n')
        .append("- ")
        .append(f.javaVersion())
        .append('\n')
        .append("- Load average (1/5/15 min): ")
        .append(run.loadAtStart())
        .append(" at the start, ")
        .append(run.before().load())
        .append(" when measuring began, ")
        .append(run.after().load())
        .append(" when it ended\n")
        .append("- Waited ")
        .append(run.waited().toSeconds())
        .append(" s for other Maven builds; ")
        .append("Maven builds running when measuring began: ")
        .append(run.before().mavenBuilds())
        .append(", when it ended: ")
        .append(run.after().mavenBuilds())
        .append("\n\n");
  }

  private static void rounds(StringBuilder md, Run run) {
    md.append("\n## Booking rounds\n\n")
        .append(BookingMeasurement.ATTEMPTS)
        .append(" visitors (each a distinct token) POST a")
        .append(" reservation for the same 2-hour slot of a ")
        .append(BookingMeasurement.SEATS)
        .append("-seat room at once, each on its own HTTP/1.1 connection; a fresh slot and fresh")
        .append(" visitors per round, after one warm-up round. Before each, ")
        .append(BookingMeasurement.ATTEMPTS)
        .append(" plain single-row INSERTs (autocommit) from ")
        .append(InsertBaseline.CONNECTIONS)
        .append(" JDBC connections, the service's pool size.\n\n")
        .append("| round | 201 | 409 | other | booked (db) | confirmed rows (db) | wall ms |")
        .append(" attempts/s | p50 ms | p99 ms | inserts wall ms | inserts/s |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<BookingRound> rounds = run.contention().rounds();
    for (int i = 0; i < rounds.size(); i++) {
      BookingRound r = rounds.get(i);
      Duration insert = run.contention().inserts().get(i);
      md.append(
          String.format(
              "| %d | %d | %d | %d | %d | %d | %d | %.0f | %.1f | %.1f | %d | %.0f |%n",
              i + 1,
              r.confirmed(),
              r.refused(),
              r.other(),
              r.bookedInDatabase(),
              r.confirmedInDatabase(),
              r.wall().toMillis(),
              r.attemptsPerSecond(),
              r.micros().getValueAtPercentile(50) / 1000.0,
              r.micros().getValueAtPercentile(99) / 1000.0,
              insert.toMillis(),
              BookingMeasurement.ATTEMPTS / (insert.toNanos() / 1e9)));
    }
  }

  private static void reads(StringBuilder md, Run run) {
    md.append("\n## Reads (ms)\n\nSequential requests in interleaved rounds, ")
        .append(BookingMeasurement.READS)
        .append(", HTTP/1.1 keep-alive to 127.0.0.1. The near")
        .append(" query (radius ")
        .append(RoomProbes.RADIUS_KM)
        .append(" km, first page of 20) cycles")
        .append(" through five city centres of the demo register of 646 rooms.\n\n")
        .append("| probe | n | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
    for (Latency l : run.reads().values()) {
      md.append(
          String.format(
              "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
              l.name(), l.count(), l.p50(), l.p95(), l.p99(), l.max()));
    }
  }

  private static double p99(List<BookingRound> rounds) {
    Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    rounds.forEach(r -> all.add(r.micros()));
    return all.getValueAtPercentile(99) / 1000.0;
  }
}
