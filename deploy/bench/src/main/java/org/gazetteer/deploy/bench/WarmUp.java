package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When a JVM under load has warmed up: its compilers keep raising the request rate for tens of
 * seconds, and by how long depends on the process (the museums service, each gateway), so each
 * target is loaded in rounds until its rate stops moving, not for a fixed time.
 */
final class WarmUp {

  /** At least this many rounds, so that the first compilations are done. */
  static final int MIN_ROUNDS = 6;

  /** At most this many, so a target whose rate keeps moving still ends. */
  static final int MAX_ROUNDS = 16;

  /** How many of the last rounds must agree. */
  static final int SETTLED = 3;

  /** The last rounds' rates lie within this share of the highest of them. */
  static final double TOLERANCE = 0.05;

  private WarmUp() {}

  /**
   * Loads {@code url} with wrk in rounds of {@code round} until its rate settles; returns how many
   * rounds it took.
   */
  static int load(Wrk wrk, String url, int connections, Duration round, List<String> headers)
      throws Exception {
    List<Double> rates = new ArrayList<>();
    while (!done(rates)) {
      rates.add(wrk.run(url, connections, round, headers).rate());
    }
    return rates.size();
  }

  /** Whether the rates of the rounds so far show a warm process (or the rounds are spent). */
  static boolean done(List<Double> rates) {
    int n = rates.size();
    if (n >= MAX_ROUNDS) {
      return true;
    }
    if (n < MIN_ROUNDS) {
      return false;
    }
    List<Double> last = rates.subList(n - SETTLED, n);
    double high = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double low = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    return high - low <= TOLERANCE * high;
  }
}
