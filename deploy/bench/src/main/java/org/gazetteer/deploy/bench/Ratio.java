package org.gazetteer.deploy.bench;

import java.util.List;

/**
 * One figure of the benchmark: a ratio of two p95 latencies measured in the same run, or an
 * absolute p95 in milliseconds, with its target.
 *
 * @param target e.g. {@code ≤ 10×}; empty for figures reported for information
 * @param met whether the target is met; null without a target
 */
record Ratio(String name, double value, String unit, String target, Boolean met) {

  static Ratio atMost(String name, double value, String unit, double limit) {
    return new Ratio(name, value, unit, "≤ " + format(limit) + unit, value <= limit);
  }

  static Ratio atLeast(String name, double value, String unit, double limit) {
    return new Ratio(name, value, unit, "≥ " + format(limit) + unit, value >= limit);
  }

  static Ratio info(String name, double value, String unit) {
    return new Ratio(name, value, unit, "", null);
  }

  /** {@code value} with its unit, e.g. {@code 4.2×} or {@code 7.81 ms}. */
  String shown() {
    return format(value) + unit;
  }

  /** {@code PASS} when the target is met, {@code MISS} when not, empty without a target. */
  String verdict() {
    if (met == null) {
      return "";
    }
    return met ? "PASS" : "MISS";
  }

  /** A Markdown table of figures: name, value, target and verdict, one row each. */
  static String table(List<Ratio> figures) {
    StringBuilder md = new StringBuilder("| figure | value | target | |\n|---|---:|---|---|\n");
    for (Ratio r : figures) {
      md.append(
          String.format("| %s | %s | %s | %s |\n", r.name(), r.shown(), r.target(), r.verdict()));
    }
    return md.toString();
  }

  private static String format(double number) {
    return number >= 100 ? String.format("%.0f", number) : String.format("%.2f", number);
  }
}
