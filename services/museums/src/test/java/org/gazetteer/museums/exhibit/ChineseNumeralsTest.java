package org.gazetteer.museums.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "一, 1", "九, 9", "十, 10", "十一, 11", "二十, 20", "二十一, 21", "三十五, 35", "六十, 60", "九十九, 99", "廿, 20",
    "廿一, 21", "卅, 30", "卅四, 34", "卌, 40", "1, 1", "38, 38"
  })
  void readsCounts(String text, int count) {
    assertEquals(Optional.of(count), ChineseNumerals.count(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "元", "十十", "二十十", "一十", "十二十", "廿十", "廿廿", "十廿", "二二", "零", "〇", "二〇", "一百", "百", "0",
        "08", "100", "三十五年"
      })
  void rejectsMalformedNumbers(String text) {
    assertTrue(ChineseNumerals.count(text).isEmpty(), text);
  }
}
