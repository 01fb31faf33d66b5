package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void atMostIsMetUpToAndIncludingItsLimit() {
    assertTrue(Ratio.atMost("r", 10.0, "×", 10).met());
    assertFalse(Ratio.atMost("r", 10.01, "×", 10).met());
  }

  @Test
  void atLeastIsMetFromItsLimitOn() {
    assertTrue(Ratio.atLeast("r", 20.0, "×", 20).met());
    assertFalse(Ratio.atLeast("r", 19.99, "×", 20).met());
  }

  @Test
  void targetNamesTheLimitWithItsUnit() {
    assertEquals("≤ 10.00×", Ratio.atMost("r", 1, "×", 10).target());
    assertEquals("≥ 20.00×", Ratio.atLeast("r", 1, "×", 20).target());
    assertEquals("≤ 20.00 ms", Ratio.atMost("r", 1, " ms", 20).target());
  }

  @Test
  void informationHasNoTargetAndNoVerdict() {
    Ratio info = Ratio.info("r", 3.5, "×");

    assertNull(info.met());
    assertEquals("", info.target());
    assertEquals("", info.verdict());
  }

  @Test
  void verdictSaysWhetherTheTargetIsMet() {
    assertEquals("PASS", Ratio.atMost("r", 2, "×", 10).verdict());
    assertEquals("MISS", Ratio.atMost("r", 12, "×", 10).verdict());
  }

  @Test
  void showsTwoDecimalsBelowOneHundredAndNoneFromThere() {
    assertEquals("4.20×", Ratio.info("r", 4.2, "×").shown());
    assertEquals("0.05×", Ratio.info("r", 0.0512, "×").shown());
    assertEquals("99.99 ms", Ratio.info("r", 99.994, " ms").shown());
    assertEquals("4646", Ratio.info("r", 4646.4, "").shown());
  }
}
