package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundsTest {

  private final List<String> calls = new ArrayList<>();

  private Map<String, Rounds.Probe> probes(String... names) {
    Map<String, Rounds.Probe> probes = new LinkedHashMap<>();
    for (String name : names) {
      probes.put(name, () -> calls.add(name));
    }
    return probes;
  }

  @Test
  void callsEveryProbeOncePerRoundInterleavedAfterTheWarmUp() throws Exception {
    new Rounds(1, 2, Duration.ofHours(1)).run(probes("a", "b", "c"));

    assertEquals(List.of("a", "b", "c", "a", "b", "c", "a", "b", "c"), calls);
  }

  @Test
  void recordsOnlyTheMeasuredRoundsInTheOrderGiven() throws Exception {
    Map<String, Latency> latencies = new Rounds(3, 5, Duration.ofHours(1)).run(probes("b", "a"));

    assertEquals(List.of("b", "a"), List.copyOf(latencies.keySet()));
    assertEquals(5, latencies.get("a").count());
    assertEquals(5, latencies.get("b").count());
    assertEquals("a", latencies.get("a").name());
    assertEquals(16, calls.size());
  }

  @Test
  void aSpentBudgetStillWarmsUpButMeasuresNothing() throws Exception {
    Map<String, Latency> latencies = new Rounds(2, 300, Duration.ZERO).run(probes("a"));

    assertEquals(0, latencies.get("a").count());
    assertEquals(2, calls.size());
  }

  @Test
  void aWrongAnswerEndsTheRun() {
    Map<String, Rounds.Probe> probes = new LinkedHashMap<>();
    probes.put(
        "wrong",
        () -> {
          throw new IllegalStateException("expected 21 rows, read 0");
        });

    Rounds rounds = new Rounds(0, 3, Duration.ofHours(1));

    assertThrows(IllegalStateException.class, () -> rounds.run(probes));
  }

  @Test
  void describesItself() {
    assertEquals(
        "100 warm-up + up to 300 rounds within 180 s",
        new Rounds(100, 300, Duration.ofMinutes(3)).toString());
  }
}
