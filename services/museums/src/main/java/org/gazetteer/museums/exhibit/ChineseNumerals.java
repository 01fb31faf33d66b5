package org.gazetteer.museums.exhibit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small counts written in dating labels — reign years, centuries and decades — from 1 to
 * 99, in Arabic digits (38) or in Chinese numerals (三十八).
 *
 * <p>Chinese numerals follow the usual grammar: a unit (一 … 九), a ten (十, 二十 … 九十) optionally
 * followed by a unit (十一, 三十五), or the single-character tens 廿 (20), 卅 (30) and 卌 (40), alone or
 * before a unit (廿一). Anything else is rejected rather than read loosely: 一十 (dating labels write
 * 十), repeated tens (十十, 二十十), zeros (〇, 零), hundreds, and Arabic numbers with a leading zero.
 */
final class ChineseNumerals {

  private static final String UNITS = "一二三四五六七八九";
  private static final Pattern ARABIC = Pattern.compile("[1-9]\\d?");
  private static final Pattern CHINESE =
      Pattern.compile("(?<tens>[二三四五六七八九]?十|[廿卅卌])?(?<unit>[一二三四五六七八九])?");

  private ChineseNumerals() {}

  /** The count written as {@code text}, or empty when it is not a well-formed number 1–99. */
  static Optional<Integer> count(String text) {
    if (ARABIC.matcher(text).matches()) {
      return Optional.of(Integer.parseInt(text));
    }
    Matcher number = CHINESE.matcher(text);
    if (text.isEmpty() || !number.matches()) {
      return Optional.empty();
    }
    return Optional.of(tens(number.group("tens")) + unit(number.group("unit")));
  }

  private static int tens(String tens) {
    if (tens == null) {
      return 0;
    }
    return switch (tens) {
      case "廿" -> 20;
      case "卅" -> 30;
      case "卌" -> 40;
      case "十" -> 10;
      default -> 10 * unit(tens.substring(0, 1));
    };
  }

  private static int unit(String unit) {
    return unit == null ? 0 : UNITS.indexOf(unit) + 1;
  }
}
