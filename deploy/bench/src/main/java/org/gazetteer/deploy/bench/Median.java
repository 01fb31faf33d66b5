package org.gazetteer.deploy.bench;

import java.util.List;

/** The median of the rounds' figures, which one unlucky round cannot move much. */
final class Median {

  private Median() {}

  /** The middle value, or the mean of the two middle values of an even count. */
  static double of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no rounds measured");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
