package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTargetsTest {

  private static final double EXACT = 1e-9;
  private static final String TERM = "熊猫";

  /** Latencies with the given p95 for each probe of one term, in ms. */
  private static Map<String, Latency> p95s(
      double service, double pk, double scan, double planned, double unindexed) {
    Map<String, Latency> latencies = new LinkedHashMap<>();
    put(latencies, Probe.service(TERM), service);
    put(latencies, Probe.PK, pk);
    put(latencies, Probe.scan(TERM), scan);
    put(latencies, Probe.planned(TERM), planned);
    put(latencies, Probe.serviceUnindexed(TERM), unindexed);
    return latencies;
  }

  private static void put(Map<String, Latency> latencies, String probe, double p95) {
    latencies.put(probe, new Latency(probe, 300, p95 / 2, p95, p95 * 1.5, p95 * 2));
  }

  private static Ratio find(List<Ratio> ratios, String name) {
    return ratios.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, Double> expected(double millis) {
    return Map.of(TERM, millis);
  }

  @Test
  void computesEachFigureFromTheP95OfItsTwoSides() {
    List<Ratio> ratios = SearchTargets.of(p95s(30, 10, 600, 6, 90), expected(20), Map.of());

    assertEquals(6, ratios.size());
    assertEquals("熊猫: service search ÷ PK lookup (service, both)", ratios.get(0).name());
    assertEquals(3.0, ratios.get(0).value(), EXACT);
    assertEquals("熊猫: LIKE scan (JDBC) ÷ service search (HTTP)", ratios.get(1).name());
    assertEquals(20.0, ratios.get(1).value(), EXACT);
    assertEquals("熊猫: service search without index ÷ with (service, both)", ratios.get(2).name());
    assertEquals(3.0, ratios.get(2).value(), EXACT);
    assertEquals("熊猫: LIKE as planned (JDBC) ÷ service search (HTTP)", ratios.get(3).name());
    assertEquals(0.2, ratios.get(3).value(), EXACT);
    assertEquals("熊猫: service search p95 (expected)", ratios.get(4).name());
    assertEquals(30.0, ratios.get(4).value(), EXACT);
    assertEquals("PK lookup p95 at the service", ratios.get(5).name());
    assertEquals(10.0, ratios.get(5).value(), EXACT);
  }

  @Test
  void judgesTheTargetsAndLeavesInformationUnjudged() {
    List<Ratio> ratios = SearchTargets.of(p95s(30, 10, 600, 6, 90), expected(20), Map.of());

    assertTrue(ratios.get(0).met(), "3× ≤ 10×");
    assertTrue(ratios.get(1).met(), "exactly 20× counts as met");
    assertNull(ratios.get(2).met());
    assertNull(ratios.get(3).met());
    assertFalse(ratios.get(4).met(), "30 ms > the expected 20 ms");
    assertNull(ratios.get(5).met());
  }

  @Test
  void ratioTargetsAreMetEvenWhenAnAbsoluteTimeIsNot() {
    List<Ratio> ratios = SearchTargets.of(p95s(30, 10, 600, 6, 90), expected(20), Map.of());

    assertTrue(SearchTargets.ratiosMet(ratios));
  }

  @Test
  void aMissedSpeedUpMeansNotEveryRatioTargetIsMet() {
    List<Ratio> ratios = SearchTargets.of(p95s(30, 10, 300, 6, 90), expected(50), Map.of());

    assertEquals(10.0, ratios.get(1).value(), EXACT);
    assertFalse(ratios.get(1).met());
    assertTrue(ratios.get(4).met(), "30 ms ≤ 50 ms");
    assertFalse(SearchTargets.ratiosMet(ratios));
  }

  @Test
  void aSlowSearchMissesThePkTarget() {
    List<Ratio> ratios = SearchTargets.of(p95s(110, 10, 4000, 6, 90), expected(200), Map.of());

    assertEquals(11.0, ratios.get(0).value(), EXACT);
    assertFalse(ratios.get(0).met());
  }

  @Test
  void aTermTypedInAnotherFormIsHeldToTheSameRatioOfThePkLookup() {
    Map<String, Latency> latencies = p95s(30, 10, 600, 6, 90);
    put(latencies, Probe.service("xiongmao"), 120);

    List<Ratio> ratios = SearchTargets.of(latencies, expected(40), Map.of("xiongmao", 20.0));

    Ratio pk = find(ratios, "xiongmao: service search ÷ PK lookup (service, both)");
    assertEquals(12.0, pk.value(), EXACT);
    assertFalse(pk.met(), "12× is more than 10×");
    assertFalse(find(ratios, "xiongmao: service search p95 (expected)").met());
    assertFalse(SearchTargets.ratiosMet(ratios));
  }

  @Test
  void refusesAProbeThatMeasuredNothing() {
    Map<String, Latency> latencies = p95s(30, 10, 600, 6, 90);
    latencies.put(Probe.scan(TERM), new Latency(Probe.scan(TERM), 0, 0, 0, 0, 0));

    assertThrows(
        IllegalStateException.class, () -> SearchTargets.of(latencies, expected(20), Map.of()));
  }

  @Test
  void aTermMissedATargetWhenAnyOfItsFiguresIsNotMet() {
    List<Ratio> ratios = SearchTargets.of(p95s(30, 10, 600, 6, 90), expected(20), Map.of());
    List<Ratio> allMet = SearchTargets.of(p95s(30, 10, 600, 6, 90), expected(40), Map.of());

    assertTrue(SearchPlans.missed(ratios, TERM));
    assertFalse(SearchPlans.missed(allMet, TERM));
    assertFalse(SearchPlans.missed(ratios, "茶马古道志"));
  }
}
