package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BookingReportTest {

  private static final double EXACT = 1e-9;
  private static final int SEATS = BookingMeasurement.SEATS;
  private static final int ATTEMPTS = BookingMeasurement.ATTEMPTS;

  /** 1, 2, …, 100 µs: exact in a histogram of 3 significant digits. */
  private static Histogram micros1To100() {
    Histogram micros = new Histogram(3_600_000_000L, 3);
    for (long value = 1; value <= 100; value++) {
      micros.recordValue(value);
    }
    return micros;
  }

  private static BookingRound round(long wallMillis, int confirmed) {
    return new BookingRound(
        ATTEMPTS,
        confirmed,
        ATTEMPTS - confirmed,
        0,
        Duration.ofMillis(wallMillis),
        micros1To100(),
        confirmed,
        confirmed);
  }

  private static BookingReport.Run run(List<BookingRound> rounds, List<Duration> inserts) {
    Map<String, Latency> reads = new LinkedHashMap<>();
    reads.put(BookingMeasurement.NEAR, new Latency(BookingMeasurement.NEAR, 300, 8, 17.6, 20, 26));
    reads.put(BookingMeasurement.PK, new Latency(BookingMeasurement.PK, 300, 3, 8, 11, 15));
    Conditions quiet = new Conditions("0.10 0.20 0.30", 0);
    return new BookingReport.Run(
        new MachineFacts("2026-12-01T00:00:00Z", "abc1234", 2, "cpu", "1 kB", "java"),
        "0.10 0.20 0.30",
        Duration.ZERO,
        quiet,
        quiet,
        new BookingMeasurement.Contention(rounds, inserts),
        reads);
  }

  private static List<Duration> millis(long... values) {
    List<Duration> durations = new ArrayList<>();
    for (long value : values) {
      durations.add(Duration.ofMillis(value));
    }
    return durations;
  }

  /** Walls of 2.0, 2.5, 4.0, 1.0 and 5.0 s: 250, 200, 125, 500 and 100 attempts/s. */
  private static List<BookingRound> fiveRounds(int confirmedInThird) {
    return List.of(
        round(2000, SEATS),
        round(2500, SEATS),
        round(4000, confirmedInThird),
        round(1000, SEATS),
        round(5000, SEATS));
  }

  private static Ratio figure(List<Ratio> figures, String name) {
    return figures.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void everyRoundExactMeetsTheFigureThatMustHold() {
    List<Ratio> figures =
        BookingReport.figures(run(fiveRounds(SEATS), millis(100, 100, 100, 100, 100)));

    Ratio exact = figure(figures, "rounds with exactly 20 confirmed of 500");
    assertEquals(5.0, exact.value(), EXACT);
    assertEquals(" of 5", exact.unit());
    assertTrue(exact.met());
    assertEquals("5.00 of 5", exact.shown());
  }

  @Test
  void oneRoundWithAnExtraSeatFailsIt() {
    List<Ratio> figures =
        BookingReport.figures(run(fiveRounds(SEATS + 1), millis(100, 100, 100, 100, 100)));

    Ratio exact = figure(figures, "rounds with exactly 20 confirmed of 500");
    assertEquals(4.0, exact.value(), EXACT);
    assertFalse(exact.met());
  }

  @Test
  void ratesAreMediansOfTheRounds() {
    // inserts of 500 rows in 100, 125, 50, 200 and 250 ms: 5000, 4000, 10000, 2500, 2000 rows/s
    List<Ratio> figures =
        BookingReport.figures(run(fiveRounds(SEATS), millis(100, 125, 50, 200, 250)));

    assertEquals(200.0, figure(figures, "booking attempts/s (median round)").value(), EXACT);
    assertEquals(4000.0, figure(figures, "single-row inserts/s (median round)").value(), EXACT);
    Ratio ratio = figure(figures, "booking attempts/s ÷ single-row inserts/s");
    assertEquals(0.05, ratio.value(), EXACT);
    assertNull(ratio.met());
  }

  @Test
  void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
    // 250, 200, 125 and 500 attempts/s: the middle two are 200 and 250
    List<BookingRound> rounds = fiveRounds(SEATS).subList(0, 4);

    List<Ratio> figures = BookingReport.figures(run(rounds, millis(100, 100, 100, 100)));

    assertEquals(225.0, figure(figures, "booking attempts/s (median round)").value(), EXACT);
  }

  @Test
  void theAttemptsP99IsTakenOverEveryRound() {
    // five rounds of 1…100 µs each: the 495th of 500 values is 99 µs
    List<Ratio> figures =
        BookingReport.figures(run(fiveRounds(SEATS), millis(100, 100, 100, 100, 100)));

    assertEquals(0.099, figure(figures, "booking attempt p99").value(), EXACT);
  }

  @Test
  void nearIsJudgedAgainstTenPkLookups() {
    List<Ratio> figures =
        BookingReport.figures(run(fiveRounds(SEATS), millis(100, 100, 100, 100, 100)));

    Ratio near = figure(figures, "near p95 ÷ PK lookup p95");
    assertEquals(2.2, near.value(), EXACT);
    assertEquals("≤ 10.00×", near.target());
    assertTrue(near.met());
  }

  @Test
  void theReportListsEachFigureWithItsVerdict() {
    String markdown =
        BookingReport.markdown(run(fiveRounds(SEATS), millis(100, 125, 50, 200, 250)));

    assertTrue(
        markdown.contains(
            "| rounds with exactly 20 confirmed of 500 | 5.00 of 5 | every round | PASS |"),
        markdown);
    assertTrue(
        markdown.contains("| near p95 ÷ PK lookup p95 | 2.20× | ≤ 10.00× | PASS |"), markdown);
    // round 3: 4.0 s wall, 125 attempts/s; 500 inserts in 50 ms, 10000/s
    assertTrue(
        markdown.contains("| 3 | 20 | 480 | 0 | 20 | 20 | 4000 | 125 | 0.1 | 0.1 | 50 | 10000 |"),
        markdown);
  }
}
