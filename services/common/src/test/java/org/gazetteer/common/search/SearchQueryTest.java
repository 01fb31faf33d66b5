package org.gazetteer.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "熊猫|熊猫",
        "扶贫志|(扶贫 <-> 贫志)",
        "四川扶贫志|(四川 <-> 川扶 <-> 扶贫 <-> 贫志)",
        "熊|熊:*",
        "Giant Panda|giant:* & panda:*",
        "大熊猫 panda|(大熊 <-> 熊猫) & panda:*",
        "1958年|1958:* & 年:*",
        "'熊猫'); DROP TABLE exhibit;--|熊猫 & drop:* & table:* & exhibit:*",
        "熊貓|熊猫", // traditional characters search as simplified ones
        "巴蜀史誌|(巴蜀 <-> 蜀史 <-> 史志)",
        "xióng māo|xiong:* & mao:*"
      })
  void buildsPhrasesOfBigramsAndPrefixes(String q, String expected) {
    assertEquals(Optional.of(expected), SearchQuery.toTsQuery(q));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"xiongmao|%xiongmao%", "Da Xiong Mao|%daxiongmao%", "dxmtz|%dxmtz%"})
  void findsPinyinAsASubstringOfTheKey(String q, String pattern) {
    assertEquals(pattern, SearchQuery.pinyinPattern(q));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "—·、", "😀"})
  void nothingSearchableIsEmpty(String q) {
    assertTrue(SearchQuery.toTsQuery(q).isEmpty());
  }
}
