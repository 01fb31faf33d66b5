package org.gazetteer.museums.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatingParserTest {

  @ParameterizedTest
  @CsvSource({
    "1958, 1958, 1958",
    "1958年, 1958, 1958",
    "公元前221年, -221, -221",
    "1949—1956年, 1949, 1956",
    "1949-1956, 1949, 1956",
    "清, 1644, 1911",
    "清代, 1644, 1911",
    "明朝, 1368, 1644",
    "民国, 1912, 1949",
    "五代, 907, 979"
  })
  void readsYearsAndPeriods(String label, int from, int to) {
    assertEquals(Optional.of(new YearRange(from, to)), DatingParser.parse(label));
  }

  @ParameterizedTest
  @ValueSource(strings = {"不详", "约公元", "1956—1949", "0年", "清末民初"})
  void saysNothingRatherThanGuessing(String label) {
    assertTrue(DatingParser.parse(label).isEmpty(), label);
  }
}
