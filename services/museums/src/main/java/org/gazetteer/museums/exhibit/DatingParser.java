package org.gazetteer.museums.exhibit;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a machine year range out of a curator's dating label. It understands Gregorian years (1958,
 * 1958年, 公元前221年), year spans (1949—1956年) and dynasty or period names (清, 民国); a label it does not
 * understand yields nothing rather than a guess.
 */
final class DatingParser {

  private static final Pattern YEAR = Pattern.compile("(公元前|前)?(\\d{1,4})\\s*年?");
  private static final Pattern SPAN =
      Pattern.compile("(\\d{3,4})\\s*年?\\s*[-–—~至到]\\s*(\\d{3,4})\\s*年?");

  /** Periods by the name curators use, longest names first where one contains another. */
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

  private static final String[] SUFFIXES = {"时期", "朝", "代"};

  private DatingParser() {}

  static Optional<YearRange> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String text = label.strip();
    Matcher span = SPAN.matcher(text);
    if (span.matches()) {
      int from = Integer.parseInt(span.group(1));
      int to = Integer.parseInt(span.group(2));
      return from <= to ? Optional.of(new YearRange(from, to)) : Optional.empty();
    }
    Matcher year = YEAR.matcher(text);
    if (year.matches()) {
      int value = Integer.parseInt(year.group(2));
      int signed = year.group(1) != null ? -value : value;
      return value == 0 ? Optional.empty() : Optional.of(new YearRange(signed, signed));
    }
    return period(text);
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
