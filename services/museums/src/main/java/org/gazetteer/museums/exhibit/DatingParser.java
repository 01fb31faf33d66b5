package org.gazetteer.museums.exhibit;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a machine year range out of a curator's dating label. It understands Gregorian years (1958,
 * 1958年, 公元前221年), year spans (1949—1956年), centuries and decades (19世纪, 20世纪50年代, 1950年代), reign
 * titles with or without a year (清乾隆二十年, 民国38年, 光绪年间; see {@link ReignEras}) and dynasty or period
 * names (清, 民国); a label it does not understand yields nothing rather than a guess.
 *
 * <p>Words that only say a dating is approximate (约1958年, 1958年前后, 乾隆二十年左右) are dropped and the
 * nominal range is kept: widening it by an invented margin would be a guess, and the label itself
 * still tells readers the dating is approximate. 1958年前 ("before 1958") is not such a word and is
 * not read.
 */
final class DatingParser {

  private static final Pattern YEAR = Pattern.compile("(公元前|前|公元)?(\\d{1,4})\\s*年?");
  private static final Pattern SPAN =
      Pattern.compile("(\\d{3,4})\\s*年?\\s*[-–—~至到]\\s*(\\d{3,4})\\s*年?");

  /** Periods by the name curators use; a suffix such as 代 or 朝 may follow the name. */
  private static final Map<String, YearRange> PERIODS =
      Map.ofEntries(
          Map.entry("中华人民共和国", new YearRange(1949, 9999)),
          Map.entry("新中国", new YearRange(1949, 9999)),
          Map.entry("民国", new YearRange(1912, 1949)),
          Map.entry("清", new YearRange(1644, 1911)),
          Map.entry("明", new YearRange(1368, 1644)),
          Map.entry("元", new YearRange(1271, 1368)),
          Map.entry("宋", new YearRange(960, 1279)),
          Map.entry("五代", new YearRange(907, 979)),
          Map.entry("唐", new YearRange(618, 907)),
          Map.entry("隋", new YearRange(581, 618)),
          Map.entry("汉", new YearRange(-202, 220)),
          Map.entry("秦", new YearRange(-221, -207)));

  private static final Pattern APPROXIMATE = Pattern.compile("(?:大约|约)?(.+?)(?:前后|左右)?");

  private static final String[] SUFFIXES = {"时期", "朝", "代"};

  private DatingParser() {}

  static Optional<YearRange> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String text = withoutApproximation(label.strip());
    return gregorian(text)
        .or(() -> Centuries.parse(text))
        .or(() -> ReignEras.parse(text))
        .or(() -> period(text));
  }

  private static String withoutApproximation(String text) {
    Matcher approximate = APPROXIMATE.matcher(text);
    return approximate.matches() ? approximate.group(1).strip() : text;
  }

  private static Optional<YearRange> gregorian(String text) {
    Matcher span = SPAN.matcher(text);
    if (span.matches()) {
      int from = Integer.parseInt(span.group(1));
      int to = Integer.parseInt(span.group(2));
      return from <= to ? Optional.of(new YearRange(from, to)) : Optional.empty();
    }
    Matcher year = YEAR.matcher(text);
    if (year.matches()) {
      int value = Integer.parseInt(year.group(2));
      int signed = year.group(1) != null && year.group(1).endsWith("前") ? -value : value;
      return value == 0 ? Optional.empty() : Optional.of(new YearRange(signed, signed));
    }
    return Optional.empty();
  }

  private static Optional<YearRange> period(String text) {
    YearRange period = PERIODS.get(text);
    for (String suffix : SUFFIXES) {
      if (period == null && text.endsWith(suffix)) {
        period = PERIODS.get(text.substring(0, text.length() - suffix.length()));
      }
    }
    return Optional.ofNullable(period);
  }
}
