package org.gazetteer.common.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazetteer.common.problem.ProblemException;

/**
 * Turns a user's query into a PostgreSQL {@code tsquery} over the bigram index built with the
 * shared SQL function {@code search_bigrams} (common's migration V0_4), in the folded form records
 * are indexed in ({@link ChineseText#fold}: 熊貓 searches as 熊猫), and into the pattern of its pinyin
 * ({@link #pinyinPattern}). Each run of Chinese characters becomes the phrase of its bigrams (扶贫志 →
 * {@code 扶贫 <-> 贫志}), a single character a prefix ({@code 熊:*}), a Latin word or number a prefix;
 * all runs must match. Only letters and digits survive, so the result is safe to pass to {@code
 * to_tsquery}.
 */
public final class SearchQuery {

  private static final Pattern RUNS =
      Pattern.compile("([\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]+|[a-z0-9]+)");
  private static final Pattern LATIN = Pattern.compile("[a-z0-9]+");

  /** The longest query text, in characters: what a person types, not a document. */
  public static final int MAX_LENGTH = 100;

  /** The most terms (runs of Chinese characters, Latin words, numbers) a query may hold. */
  public static final int MAX_TERMS = 8;

  private SearchQuery() {}

  /**
   * The tsquery of the query parameter {@code name}, or null when it is absent or blank; a query
   * that is {@link #tooBroad} or holds no letters or digits is a 400 naming the parameter.
   */
  public static String parameter(String q, String name) {
    if (q == null || q.isBlank()) {
      return null;
    }
    tooBroad(q)
        .ifPresent(
            reason -> {
              throw ProblemException.invalid(name, reason);
            });
    return toTsQuery(q)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    name, "must contain letters, digits or Chinese characters"));
  }

  /**
   * The pattern that finds {@code q} read as pinyin in a pinyin key ({@code search_pinyin LIKE …}),
   * or null when it is no pinyin ({@link ChineseText#pinyinQuery}): full pinyin with or without
   * spaces and tone marks, or initials.
   */
  public static String pinyinPattern(String q) {
    String letters = ChineseText.pinyinQuery(q);
    return letters == null ? null : "%" + letters + "%";
  }

  /** The tsquery text, or empty when the query holds no letters or digits. */
  public static Optional<String> toTsQuery(String q) {
    List<String> parts = runs(q).stream().map(SearchQuery::term).toList();
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", parts));
  }

  /**
   * Why {@code q} would make a search do unbounded work, or empty: too long, too many terms, or
   * only one-character terms — a lone prefix such as {@code 熊:*} or {@code a:*} matches a large
   * part of the table, all of which would be ranked and counted for the facets.
   */
  public static Optional<String> tooBroad(String q) {
    if (q.codePointCount(0, q.length()) > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    List<String> runs = runs(q);
    if (runs.size() > MAX_TERMS) {
      return Optional.of("must hold at most " + MAX_TERMS + " words");
    }
    if (!runs.isEmpty() && runs.stream().allMatch(r -> r.codePointCount(0, r.length()) == 1)) {
      return Optional.of("needs a word of at least two characters, such as 熊猫");
    }
    return Optional.empty();
  }

  private static List<String> runs(String q) {
    if (q == null) {
      return List.of();
    }
    Matcher runs = RUNS.matcher(ChineseText.fold(q));
    List<String> found = new ArrayList<>();
    while (runs.find()) {
      found.add(runs.group(1));
    }
    return found;
  }

  private static String term(String run) {
    if (LATIN.matcher(run).matches() || run.codePointCount(0, run.length()) == 1) {
      return run + ":*";
    }
    int[] chars = run.codePoints().toArray();
    List<String> bigrams = new ArrayList<>();
    for (int i = 0; i + 1 < chars.length; i++) {
      bigrams.add(new String(chars, i, 2));
    }
    return bigrams.size() == 1 ? bigrams.get(0) : "(" + String.join(" <-> ", bigrams) + ")";
  }
}
