package org.gazetteer.museums.exhibit;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reign titles (年号), with or without a dynasty prefix and a year: 乾隆二十年 and 清乾隆二十年 → 1755,
 * 民国38年 → 1949, 光绪年间 → 1875–1908.
 *
 * <p>A reign's year <i>n</i> is mapped to the Gregorian year in which most of that Chinese year
 * fell ({@code firstYear + n - 1}), the convention museum catalogues use. Where an era changed in
 * the course of a year, both names map to that year (崇祯十七年 and 顺治元年 are both 1644). A year past the
 * reign's last one (乾隆七十年) is not understood.
 *
 * <p>Only Ming, Qing and Republic eras are in the table. Some of their names were also used by
 * other regimes (天顺 by the Yuan in 1328, for example); a bare name is read as the Ming or Qing era,
 * which is what museum labels almost always mean, but a label that names another dynasty (元天顺) is
 * not understood rather than silently read as the Ming one.
 */
final class ReignEras {

  /** A dynasty and the prefixes a label may put before one of its reign names. */
  enum Dynasty {
    MING("明", "大明", "明代", "明朝"),
    QING("清", "大清", "清代", "清朝"),
    REPUBLIC("中华");

    private final Set<String> prefixes;

    Dynasty(String... prefixes) {
      this.prefixes = Set.of(prefixes);
    }

    boolean allowsPrefix(String prefix) {
      return prefix.isEmpty() || prefixes.contains(prefix);
    }
  }

  /** An era that began in {@code firstYear} and counted {@code years} years. */
  record Reign(Dynasty dynasty, String name, int firstYear, int years) {

    YearRange span() {
      return new YearRange(firstYear, lastYear());
    }

    int lastYear() {
      return firstYear + years - 1;
    }

    Optional<YearRange> year(int n) {
      int year = firstYear + n - 1;
      return n <= years ? Optional.of(new YearRange(year, year)) : Optional.empty();
    }
  }

  /**
   * Every Ming and Qing era and the Republic, in order. 洪武 ends at 31 (1398): the 洪武三十二–三十五年 by
   * which the Yongle emperor replaced 建文 are not read. 景泰 has eight years because 景泰八年 ran until
   * the 天顺 restoration in its first month. 民国 stops at 38 (1949), matching the period 民国; later
   * years of the Republic calendar are not read.
   */
  static final List<Reign> TABLE =
      List.of(
          new Reign(Dynasty.MING, "洪武", 1368, 31),
          new Reign(Dynasty.MING, "建文", 1399, 4),
          new Reign(Dynasty.MING, "永乐", 1403, 22),
          new Reign(Dynasty.MING, "洪熙", 1425, 1),
          new Reign(Dynasty.MING, "宣德", 1426, 10),
          new Reign(Dynasty.MING, "正统", 1436, 14),
          new Reign(Dynasty.MING, "景泰", 1450, 8),
          new Reign(Dynasty.MING, "天顺", 1457, 8),
          new Reign(Dynasty.MING, "成化", 1465, 23),
          new Reign(Dynasty.MING, "弘治", 1488, 18),
          new Reign(Dynasty.MING, "正德", 1506, 16),
          new Reign(Dynasty.MING, "嘉靖", 1522, 45),
          new Reign(Dynasty.MING, "隆庆", 1567, 6),
          new Reign(Dynasty.MING, "万历", 1573, 48),
          new Reign(Dynasty.MING, "泰昌", 1620, 1),
          new Reign(Dynasty.MING, "天启", 1621, 7),
          new Reign(Dynasty.MING, "崇祯", 1628, 17),
          new Reign(Dynasty.QING, "顺治", 1644, 18),
          new Reign(Dynasty.QING, "康熙", 1662, 61),
          new Reign(Dynasty.QING, "雍正", 1723, 13),
          new Reign(Dynasty.QING, "乾隆", 1736, 60),
          new Reign(Dynasty.QING, "嘉庆", 1796, 25),
          new Reign(Dynasty.QING, "道光", 1821, 30),
          new Reign(Dynasty.QING, "咸丰", 1851, 11),
          new Reign(Dynasty.QING, "同治", 1862, 13),
          new Reign(Dynasty.QING, "光绪", 1875, 34),
          new Reign(Dynasty.QING, "宣统", 1909, 3),
          new Reign(Dynasty.REPUBLIC, "民国", 1912, 38));

  private static final Map<String, Reign> BY_NAME =
      TABLE.stream().collect(toMap(Reign::name, identity()));

  private static final Pattern LABEL =
      Pattern.compile(
          BY_NAME.keySet().stream()
              .map(Pattern::quote)
              .collect(joining("|", "(?<prefix>.*?)(?<reign>", ")(?<rest>.*)")));

  /** A year of the reign: 元年, 二十年, 38年. */
  private static final Pattern YEAR = Pattern.compile("(?<year>.+)年");

  /**
   * What may follow a reign name to mean the whole reign. Reign marks (大清乾隆年制) are deliberately not
   * read: marks are often apocryphal, so they do not date the object.
   */
  private static final Set<String> WHOLE_REIGN = Set.of("", "年间", "时期", "朝");

  private ReignEras() {}

  /** The years a reign label stands for, or empty when {@code text} is not one. */
  static Optional<YearRange> parse(String text) {
    Matcher label = LABEL.matcher(text);
    if (!label.matches()) {
      return Optional.empty();
    }
    Reign reign = BY_NAME.get(label.group("reign"));
    String rest = label.group("rest");
    if (!reign.dynasty().allowsPrefix(label.group("prefix"))) {
      return Optional.empty();
    }
    if (WHOLE_REIGN.contains(rest)) {
      return Optional.of(reign.span());
    }
    Matcher year = YEAR.matcher(rest);
    return year.matches() ? yearNumber(year.group("year")).flatMap(reign::year) : Optional.empty();
  }

  private static Optional<Integer> yearNumber(String text) {
    return "元".equals(text) ? Optional.of(1) : ChineseNumerals.count(text);
  }
}
