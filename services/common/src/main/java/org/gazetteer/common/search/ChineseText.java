package org.gazetteer.common.search;

import com.github.houbb.opencc4j.core.ZhConvert;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.segment.impl.Segments;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The forms in which the network indexes and searches Chinese text — the one implementation the
 * services and the benchmark's loader share, on the way in (records) and on the way out (queries).
 *
 * <ul>
 *   <li>{@link #fold}: compatibility forms made canonical (full-width letters, compatibility
 *       ideographs), lower case, Latin marks dropped, and traditional and variant characters made
 *       simplified with OpenCC's tables ({@code opencc4j}), one character at a time — 熊貓 and 熊猫,
 *       巴蜀史誌 and 巴蜀史志, 峯 and 峰 fold to the same text. Character by character rather than by phrase,
 *       so that a word folds the same alone (a query) and inside a title (a record).
 *   <li>{@link #pinyinKey}: the toneless pinyin of a text's Chinese characters run together, a
 *       space, then their initials ({@code 大熊猫图志 → "daxiongmaotuzhi dxmtz"}), read with {@code
 *       pinyin4j}, whose dictionary of words with polyphonic characters gives 重庆 as {@code
 *       chongqing}; a polyphonic character outside those words takes its first reading (长江 is
 *       {@code zhangjiang}); where the reading of the run and the one character by character
 *       differ, the key holds both. ü is written {@code v}, as pinyin keyboards type it.
 *   <li>{@link #pinyinQuery}: what a person typed as pinyin ({@code xiongmao}, {@code xióng māo},
 *       {@code Da Xiong Mao Tu Zhi}, {@code dxmtz}) as the letters to find in a key.
 * </ul>
 */
public final class ChineseText {

  /**
   * The version of these forms. Stored beside the forms of each record, so that records whose forms
   * an older version wrote are written again ({@link SearchFormsBackfill}); raise it whenever the
   * forms change (a new library, another rule).
   */
  public static final short VERSION = 1;

  private static final ZhConvert OPENCC = ZhConvertBootstrap.newInstance(Segments.chars());
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern HAN = Pattern.compile("[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]+");
  private static final Pattern SYLLABLE = Pattern.compile("([a-z]+)[1-5]");
  private static final Pattern PINYIN_QUERY = Pattern.compile("[a-z' ]+");
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  /** The shortest pinyin query, in letters: one initial alone would match nearly everything. */
  public static final int MIN_PINYIN_LETTERS = 2;

  private ChineseText() {}

  /** The folded form of {@code text} (null stays null). */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String canonical = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String simplified = HAN.matcher(canonical).find() ? OPENCC.toSimple(canonical) : canonical;
    String bare =
        MARKS.matcher(Normalizer.normalize(simplified, Normalizer.Form.NFD)).replaceAll("");
    return Normalizer.normalize(bare, Normalizer.Form.NFC);
  }

  /**
   * The pinyin key of {@code text}: full pinyin, a space, initials; empty when it has no Chinese
   * character pinyin4j can read. Each run of Chinese characters is read as a whole, so that words
   * of the dictionary are found in it (重庆 → chongqing); where that reading differs from the one
   * character by character (each one's first reading), the key holds both — pinyin4j reads a word
   * inside a run by its own rules, e.g. 学校阅览室 as xuejiaoyuelanshi (校阅, to proofread), and 学校 alone
   * as xuexiao — the full readings first, then the initials: {@code "chongqingshi zhongqingshi cqs
   * zqs"}.
   */
  public static String pinyinKey(String text) {
    if (text == null) {
      return "";
    }
    String folded = fold(text);
    Reading words = reading(folded, true);
    if (words.full.isEmpty()) {
      return "";
    }
    Reading chars = reading(folded, false);
    List<String> parts = new ArrayList<>(List.of(words.full.toString()));
    if (!chars.full.toString().contentEquals(words.full)) {
      parts.add(chars.full.toString());
    }
    parts.add(words.initials.toString());
    if (!chars.initials.toString().contentEquals(words.initials)) {
      parts.add(chars.initials.toString());
    }
    return String.join(" ", parts);
  }

  private record Reading(StringBuilder full, StringBuilder initials) {}

  /** The syllables of the Chinese characters of {@code folded}, by runs or one by one. */
  private static Reading reading(String folded, boolean byRuns) {
    Reading reading = new Reading(new StringBuilder(), new StringBuilder());
    Matcher runs = HAN.matcher(folded);
    while (runs.find()) {
      String run = runs.group();
      if (byRuns) {
        add(reading, read(run));
      } else {
        run.codePoints().forEach(c -> add(reading, read(Character.toString(c))));
      }
    }
    return reading;
  }

  private static void add(Reading reading, String syllablesWithTones) {
    Matcher syllables = SYLLABLE.matcher(syllablesWithTones);
    while (syllables.find()) {
      reading.full.append(syllables.group(1));
      reading.initials.append(syllables.group(1).charAt(0));
    }
  }

  /**
   * The letters of a pinyin query — tone marks, case, spaces and apostrophes dropped, ü as {@code
   * v} — or null when {@code q} is no pinyin (anything but Latin letters, or fewer than {@value
   * #MIN_PINYIN_LETTERS} letters).
   */
  public static String pinyinQuery(String q) {
    if (q == null) {
      return null;
    }
    String decomposed =
        Normalizer.normalize(q.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
            .replace("u\u0308", "v"); // ü, ǖ, ǘ, ǚ, ǜ
    String letters = MARKS.matcher(decomposed).replaceAll("").strip();
    if (!PINYIN_QUERY.matcher(letters).matches()) {
      return null;
    }
    String key = letters.replace(" ", "").replace("'", "");
    return key.length() < MIN_PINYIN_LETTERS ? null : key;
  }

  private static String read(String han) {
    try {
      return PinyinHelper.toHanYuPinyinString(han, FORMAT, "", true);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException("the pinyin format is fixed and valid", e);
    }
  }
}
