package org.gazetteer.deploy.bench;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one probe's measured calls, in milliseconds.
 *
 * @param count how many calls were measured (fewer than asked when the time budget ran out)
 */
record Latency(String name, long count, double p50, double p95, double p99, double max) {

  private static final double MICROS_PER_MILLI = 1000.0;

  /** Reads a histogram of microseconds. */
  static Latency of(String name, Histogram micros) {
    return new Latency(
        name,
        micros.getTotalCount(),
        millis(micros.getValueAtPercentile(50)),
        millis(micros.getValueAtPercentile(95)),
        millis(micros.getValueAtPercentile(99)),
        millis(micros.getMaxValue()));
  }

  private static double millis(long micros) {
    return micros / MICROS_PER_MILLI;
  }
}
