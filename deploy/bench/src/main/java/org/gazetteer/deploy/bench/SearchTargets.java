package org.gazetteer.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The targets for each query term, computed from p95 latencies of one run: search at the service ≤
 * 10× a primary-key lookup there, and ≥ 20× faster than the unindexed LIKE scan (the whole search
 * at the service against the scan over JDBC: two layers, so the service's HTTP and JSON cost counts
 * on one side only). Each name says where its two sides were measured. For information: the
 * service's own search with its index dropped against with it (the index like for like, at one
 * layer) and the LIKE query as the planner likes it; beside them the absolute p95 with what this
 * machine class is expected to do.
 */
final class SearchTargets {

  static final double MAX_PK_RATIO = 10;
  static final double MIN_SPEED_UP = 20;
  private static final String TIMES = "×";
  private static final String MS = " ms";

  private SearchTargets() {}

  /** The figures of each term; {@code expectedMillis} is the expected p95 of each term. */
  static List<Ratio> of(
      Map<String, Latency> latencies,
      Map<String, Double> expectedMillis,
      Map<String, Double> formsExpectedMillis) {
    List<Ratio> ratios = new ArrayList<>();
    double pk = p95(latencies, Probe.PK);
    expectedMillis.forEach((term, expected) -> ratios.addAll(of(latencies, term, expected, pk)));
    formsExpectedMillis.forEach(
        (form, expected) -> {
          double service = p95(latencies, Probe.service(form));
          ratios.add(
              Ratio.atMost(
                  form + ": service search ÷ PK lookup (service, both)",
                  service / pk,
                  TIMES,
                  MAX_PK_RATIO));
          ratios.add(Ratio.atMost(form + ": service search p95 (expected)", service, MS, expected));
        });
    ratios.add(Ratio.info("PK lookup p95 at the service", pk, MS));
    return ratios;
  }

  private static List<Ratio> of(
      Map<String, Latency> latencies, String term, double expected, double pk) {
    double service = p95(latencies, Probe.service(term));
    double scan = p95(latencies, Probe.scan(term));
    double planned = p95(latencies, Probe.planned(term));
    double unindexed = p95(latencies, Probe.serviceUnindexed(term));
    String name = term + ": ";
    return List.of(
        Ratio.atMost(
            name + "service search ÷ PK lookup (service, both)", service / pk, TIMES, MAX_PK_RATIO),
        Ratio.atLeast(
            name + "LIKE scan (JDBC) ÷ service search (HTTP)", scan / service, TIMES, MIN_SPEED_UP),
        Ratio.info(
            name + "service search without index ÷ with (service, both)",
            unindexed / service,
            TIMES),
        Ratio.info(
            name + "LIKE as planned (JDBC) ÷ service search (HTTP)", planned / service, TIMES),
        Ratio.atMost(name + "service search p95 (expected)", service, MS, expected));
  }

  /** Whether every ratio target (not the expected absolute times) is met. */
  static boolean ratiosMet(List<Ratio> ratios) {
    return ratios.stream()
        .filter(r -> r.met() != null && r.unit().equals(TIMES))
        .allMatch(Ratio::met);
  }

  private static double p95(Map<String, Latency> latencies, String probe) {
    Latency latency = latencies.get(probe);
    if (latency == null || latency.count() == 0) {
      throw new IllegalStateException("no measurement for " + probe);
    }
    return latency.p95();
  }
}
