package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyTest {

  private static final double EXACT = 1e-9;

  /** 2, 4, …, 2000 µs: below 2048 a histogram of 3 significant digits keeps every value exact. */
  private static Histogram evenMicrosUpTo2000() {
    Histogram micros = new Histogram(3_600_000_000L, 3);
    for (long value = 2; value <= 2000; value += 2) {
      micros.recordValue(value);
    }
    return micros;
  }

  @Test
  void readsThePercentilesOfMicrosecondsInMilliseconds() {
    Latency latency = Latency.of("probe", evenMicrosUpTo2000());

    assertEquals("probe", latency.name());
    assertEquals(1000, latency.count());
    // the 500th, 950th and 990th of 1000 values, each 2 µs times its rank
    assertEquals(1.0, latency.p50(), EXACT);
    assertEquals(1.9, latency.p95(), EXACT);
    assertEquals(1.98, latency.p99(), EXACT);
    assertEquals(2.0, latency.max(), EXACT);
  }

  @Test
  void aSingleCallIsEveryPercentile() {
    Histogram micros = new Histogram(3_600_000_000L, 3);
    micros.recordValue(1500);

    Latency latency = Latency.of("one", micros);

    assertEquals(1, latency.count());
    assertEquals(1.5, latency.p50(), EXACT);
    assertEquals(1.5, latency.p99(), EXACT);
    assertEquals(1.5, latency.max(), EXACT);
  }

  @Test
  void nothingMeasuredCountsZero() {
    Latency latency = Latency.of("none", new Histogram(3_600_000_000L, 3));

    assertEquals(0, latency.count());
    assertEquals(0.0, latency.max(), EXACT);
  }
}
