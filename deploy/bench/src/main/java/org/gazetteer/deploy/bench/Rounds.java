package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs probes sequentially in interleaved rounds (a, b, c, a, b, c, …) so that a noisy moment on a
 * shared machine hits every probe alike and their ratios stay fair. A warm-up of a few rounds is
 * not recorded; the measured rounds stop at the count asked for or when the time budget is spent.
 */
final class Rounds {

  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
  private static final int SIGNIFICANT_DIGITS = 3;

  /** One call to measure; it throws when the answer is wrong, which ends the benchmark. */
  @FunctionalInterface
  interface Probe {
    void call() throws Exception;
  }

  private final int warmup;
  private final int rounds;
  private final Duration budget;

  Rounds(int warmup, int rounds, Duration budget) {
    this.warmup = warmup;
    this.rounds = rounds;
    this.budget = budget;
  }

  /** E.g. {@code 100 warm-up + up to 300 rounds within 180 s}. */
  @Override
  public String toString() {
    return warmup + " warm-up + up to " + rounds + " rounds within " + budget.toSeconds() + " s";
  }

  /** The latency of each probe, in the order given. */
  Map<String, Latency> run(Map<String, Probe> probes) throws Exception {
    for (int i = 0; i < warmup; i++) {
      for (Probe probe : probes.values()) {
        probe.call();
      }
    }
    Map<String, Histogram> histograms = new LinkedHashMap<>();
    probes
        .keySet()
        .forEach(name -> histograms.put(name, new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS)));
    long deadline = System.nanoTime() + budget.toNanos();
    for (int i = 0; i < rounds && System.nanoTime() < deadline; i++) {
      for (Map.Entry<String, Probe> probe : probes.entrySet()) {
        long start = System.nanoTime();
        probe.getValue().call();
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
        histograms.get(probe.getKey()).recordValue(Math.min(micros, HIGHEST_MICROS));
      }
    }
    Map<String, Latency> latencies = new LinkedHashMap<>();
    histograms.forEach((name, histogram) -> latencies.put(name, Latency.of(name, histogram)));
    return latencies;
  }
}
