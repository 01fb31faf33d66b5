package org.gazetteer.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms text is indexed and searched in: folding, pinyin keys, pinyin queries. */
class ChineseTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "熊貓|熊猫",
        "巴蜀史誌|巴蜀史志",
        "四川省地方誌編纂委員會|四川省地方志编纂委员会",
        "臺灣|台湾",
        "台灣|台湾",
        "峯|峰", // a variant character
        "衆|众",
        "眾|众",
        "乾隆|乾隆", // one character at a time, but 乾 stays 乾 (its first simplified form)
        "熊猫|熊猫", // simplified text is as it was
        "ＡＢＣ１２３|abc123", // full-width forms
        "Giant Panda|giant panda",
        "xióng māo|xiong mao",
        "\uF900|岂" // a compatibility ideograph is its unified one (豈), then simplified
      })
  void foldsTraditionalVariantAndCompatibilityFormsToSimplifiedLowerCase(String text, String fold) {
    assertEquals(fold, ChineseText.fold(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "大熊猫图志|daxiongmaotuzhi dxmtz",
        "大熊貓圖誌|daxiongmaotuzhi dxmtz", // folded first
        // a word of the dictionary (重 read chong), and the first readings (zhong) as well
        "重庆市志|chongqingshizhi zhongqingshizhi cqsz zqsz",
        "成都方志馆|chengdufangzhiguan chengdoufangzhiguan cdfzg", // the same initials once
        "金牛学校阅览室|jinniuxuejiaoyuelanshi jinniuxuexiaoyuelanshi jnxjyls jnxxyls",
        "绿色家园|lvsejiayuan lsjy", // ü as v
        "《四川扶贫志》2020|sichuanfupinzhi scfpz", // only the Chinese characters
        "巴蜀 史志|bashushizhi bssz" // runs joined
      })
  void readsTheChineseCharactersAsTonelessPinyinAndInitials(String text, String key) {
    assertEquals(key, ChineseText.pinyinKey(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Giant Panda 2020", "—·、"})
  void aTextWithoutChineseCharactersHasAnEmptyKey(String text) {
    assertEquals("", ChineseText.pinyinKey(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xiongmao|xiongmao",
        "xióng māo|xiongmao",
        "Da Xiong Mao Tu Zhi|daxiongmaotuzhi",
        "DXMTZ|dxmtz",
        "xi'an|xian",
        "lǜ|lv",
        "lü se|lvse",
        "ｘｉｏｎｇｍａｏ|xiongmao"
      })
  void readsWhatAPersonTypesAsPinyinLetters(String q, String letters) {
    assertEquals(letters, ChineseText.pinyinQuery(q));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "熊猫", "xiongmao 2020", "xiong-mao", "   ", "a"})
  void anythingElseIsNoPinyinQuery(String q) {
    assertNull(ChineseText.pinyinQuery(q));
  }
}
