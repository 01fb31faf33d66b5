package org.gazetteer.museums.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatingParserTest {

  @ParameterizedTest
  @CsvSource({
    "1958, 1958, 1958",
    "1958年, 1958, 1958",
    "公元1958年, 1958, 1958",
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
    assertParses(label, from, to);
  }

  @ParameterizedTest
  @CsvSource({
    "乾隆二十年, 1755",
    "清乾隆二十年, 1755",
    "大清乾隆二十年, 1755",
    "清代乾隆二十年, 1755",
    "康熙元年, 1662",
    "光绪三十四年, 1908",
    "民国三十八年, 1949",
    "民国38年, 1949",
    "中华民国三十八年, 1949",
    "宣统三年, 1911",
    "同治十二年, 1873",
    "洪武元年, 1368",
    "明洪武元年, 1368",
    "万历十五年, 1587",
    "明万历15年, 1587",
    "嘉靖三十五年, 1556"
  })
  void readsReignYears(String label, int year) {
    assertParses(label, year, year);
  }

  @ParameterizedTest
  @CsvSource({
    "乾隆十年, 1745",
    "乾隆十一年, 1746",
    "乾隆二十一年, 1756",
    "乾隆廿年, 1755",
    "乾隆廿一年, 1756",
    "光绪卅年, 1904",
    "光绪卅四年, 1908",
    "康熙卌年, 1701",
    "康熙六十年, 1721"
  })
  void readsReignYearsInEveryNumeralForm(String label, int year) {
    assertParses(label, year, year);
  }

  /** Where an era changed in the course of a year, both names give that year. */
  @ParameterizedTest
  @CsvSource({
    "洪武三十一年, 1398",
    "建文元年, 1399",
    "建文四年, 1402",
    "永乐元年, 1403",
    "正统十四年, 1449",
    "景泰元年, 1450",
    "景泰八年, 1457",
    "天顺元年, 1457",
    "天顺八年, 1464",
    "万历四十八年, 1620",
    "泰昌元年, 1620",
    "崇祯十七年, 1644",
    "顺治元年, 1644",
    "康熙六十一年, 1722",
    "雍正元年, 1723",
    "乾隆六十年, 1795",
    "嘉庆元年, 1796",
    "宣统元年, 1909",
    "民国元年, 1912"
  })
  void readsFirstAndLastYearsOfReigns(String label, int year) {
    assertParses(label, year, year);
  }

  @ParameterizedTest
  @CsvSource({
    "乾隆, 1736, 1795",
    "清乾隆, 1736, 1795",
    "光绪年间, 1875, 1908",
    "清光绪年间, 1875, 1908",
    "明代嘉靖时期, 1522, 1566",
    "康熙朝, 1662, 1722",
    "建文, 1399, 1402",
    "正统, 1436, 1449",
    "景泰, 1450, 1457",
    "天顺, 1457, 1464",
    "泰昌, 1620, 1620",
    "宣统, 1909, 1911",
    "中华民国, 1912, 1949",
    "民国时期, 1912, 1949"
  })
  void readsWholeReigns(String label, int from, int to) {
    assertParses(label, from, to);
  }

  @ParameterizedTest
  @CsvSource({
    "19世纪, 1801, 1900",
    "十九世纪, 1801, 1900",
    "公元前3世纪, -300, -201",
    "20世纪50年代, 1950, 1959",
    "二十世纪五十年代, 1950, 1959",
    "19世纪90年代, 1890, 1899",
    "1950年代, 1950, 1959",
    "1900年代, 1900, 1909"
  })
  void readsCenturiesAndDecades(String label, int from, int to) {
    assertParses(label, from, to);
  }

  @ParameterizedTest
  @CsvSource({
    "约1958年, 1958, 1958",
    "大约1958年, 1958, 1958",
    "1958年前后, 1958, 1958",
    "1958年左右, 1958, 1958",
    "约公元前221年, -221, -221",
    "约乾隆二十年, 1755, 1755",
    "乾隆二十年前后, 1755, 1755",
    "约清代, 1644, 1911"
  })
  void readsApproximateDatingsAsTheNominalRange(String label, int from, int to) {
    assertParses(label, from, to);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "乾隆七十年", "乾隆六十一年", "康熙六十二年", "宣统四年", "民国39年", "洪武三十五年", "乾隆十十年", "乾隆二十十年", "乾隆一十年", "乾隆廿廿年",
        "乾隆零年", "乾隆〇年", "乾隆0年", "乾隆二十", "乾隆二十年间", "乾隆二十年三月", "大清乾隆年制"
      })
  void rejectsReignYearsItCannotRead(String label) {
    assertTrue(DatingParser.parse(label).isEmpty(), label);
  }

  /** Reign names reused by other regimes are only read as Ming or Qing without another prefix. */
  @ParameterizedTest
  @ValueSource(strings = {"元天顺元年", "唐乾隆二十年", "明乾隆二十年", "清万历", "宋正德"})
  void rejectsReignsUnderAnotherDynasty(String label) {
    assertTrue(DatingParser.parse(label).isEmpty(), label);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "不详",
        "约",
        "约公元",
        "1956—1949",
        "0年",
        "清末民初",
        "清末",
        "明朝末年",
        "某年",
        "十十年",
        "康熙至雍正",
        "1958年前",
        "1958年后",
        "50年代",
        "五十年代",
        "1955年代",
        "19世纪末",
        "20世纪50年代初",
        "20世纪55年代",
        "公元前3世纪50年代",
        "0世纪"
      })
  void saysNothingRatherThanGuessing(String label) {
    assertTrue(DatingParser.parse(label).isEmpty(), label);
  }

  private static void assertParses(String label, int from, int to) {
    assertEquals(Optional.of(new YearRange(from, to)), DatingParser.parse(label), label);
  }
}
