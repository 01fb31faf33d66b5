package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void neverBeforeTheMinimumOfRoundsHoweverSteady() {
    assertFalse(WarmUp.done(List.of()));
    assertFalse(WarmUp.done(Collections.nCopies(WarmUp.MIN_ROUNDS - 1, 1000.0)));
  }

  @Test
  void whenTheLastThreeRoundsLieWithinFivePercent() {
    assertTrue(WarmUp.done(List.of(100.0, 200.0, 300.0, 960.0, 1000.0, 980.0)));
    assertFalse(WarmUp.done(List.of(100.0, 200.0, 300.0, 940.0, 1000.0, 980.0)));
    assertFalse(WarmUp.done(List.of(100.0, 200.0, 300.0, 600.0, 980.0, 1000.0)));
  }

  @Test
  void atTheMaximumOfRoundsEvenIfStillMoving() {
    List<Double> climbing = new ArrayList<>();
    for (int i = 1; i < WarmUp.MAX_ROUNDS; i++) {
      climbing.add(100.0 * i);
    }
    assertFalse(WarmUp.done(climbing));
    climbing.add(100.0 * WarmUp.MAX_ROUNDS);
    assertTrue(WarmUp.done(climbing));
    assertTrue(WarmUp.done(Collections.nCopies(WarmUp.MAX_ROUNDS + 1, 1.0)));
  }
}
