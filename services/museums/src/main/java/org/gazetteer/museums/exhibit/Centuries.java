package org.gazetteer.museums.exhibit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads centuries and decades: 19世纪 → 1801–1900, 公元前3世纪 → 300–201 BCE, 20世纪50年代 and 1950年代 →
 * 1950–1959.
 *
 * <p>Centuries are counted strictly (the 19th century is 1801–1900), since there is no year 0. A
 * decade needs its century (五十年代 alone is not read, although it usually means the 1950s), and parts
 * of a century or decade (19世纪末, 50年代初) are not read: where they start and end is a guess.
 */
final class Centuries {

  private static final Pattern CENTURY =
      Pattern.compile("(?<era>公元前|前|公元)?(?<century>[^世]+)世纪(?:(?<decade>[^年]+)年代)?");
  private static final Pattern DECADE = Pattern.compile("(?:公元)?(?<year>[1-9]\\d{2,3})年代");

  private Centuries() {}

  /** The years a century or decade label stands for, or empty when {@code text} is not one. */
  static Optional<YearRange> parse(String text) {
    Matcher decade = DECADE.matcher(text);
    if (decade.matches()) {
      return decade(Integer.parseInt(decade.group("year")));
    }
    Matcher century = CENTURY.matcher(text);
    if (!century.matches()) {
      return Optional.empty();
    }
    Optional<Integer> n = ChineseNumerals.count(century.group("century"));
    String era = century.group("era");
    String decadeText = century.group("decade");
    if (era != null && era.endsWith("前")) {
      return decadeText == null ? n.map(Centuries::bceCentury) : Optional.empty();
    }
    return decadeText == null ? n.map(Centuries::century) : n.flatMap(c -> decadeOf(c, decadeText));
  }

  private static YearRange century(int n) {
    return new YearRange((n - 1) * 100 + 1, n * 100);
  }

  private static YearRange bceCentury(int n) {
    return new YearRange(-n * 100, -(n - 1) * 100 - 1);
  }

  /** The decade written as 50 or 五十 within century {@code n}: 20世纪50年代 → 1950–1959. */
  private static Optional<YearRange> decadeOf(int n, String text) {
    return ChineseNumerals.count(text)
        .filter(tens -> tens % 10 == 0)
        .flatMap(tens -> decade((n - 1) * 100 + tens));
  }

  private static Optional<YearRange> decade(int first) {
    return first % 10 == 0 ? Optional.of(new YearRange(first, first + 9)) : Optional.empty();
  }
}
