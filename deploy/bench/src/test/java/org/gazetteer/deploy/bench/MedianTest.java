package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void theMiddleOfAnOddCountAndTheMeanOfTheTwoMiddlesOfAnEvenOne() {
    assertEquals(5.0, Median.of(List.of(9.0, 1.0, 5.0)));
    assertEquals(4.0, Median.of(List.of(9.0, 1.0, 5.0, 3.0)));
  }

  @Test
  void noRoundsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Median.of(List.of()));
  }
}
