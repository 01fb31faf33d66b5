package org.gazetteer.museums.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a user's query into a PostgreSQL {@code tsquery} over the bigram index of migration V4:
 * each run of Chinese characters becomes the phrase of its bigrams (扶贫志 → {@code 扶贫 <-> 贫志}), a
 * single character a prefix ({@code 熊:*}), a Latin word or number a prefix; all runs must match.
 * Only letters and digits survive, so the result is safe to pass to {@code to_tsquery}.
 */
public final class SearchQuery {

  private static final Pattern RUNS =
      Pattern.compile("([\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]+|[a-z0-9]+)");
  private static final Pattern LATIN = Pattern.compile("[a-z0-9]+");

  private SearchQuery() {}

  /** The tsquery text, or empty when the query holds no letters or digits. */
  public static Optional<String> toTsQuery(String q) {
    if (q == null) {
      return Optional.empty();
    }
    Matcher runs = RUNS.matcher(q.toLowerCase(Locale.ROOT));
    List<String> parts = new ArrayList<>();
    while (runs.find()) {
      parts.add(term(runs.group(1)));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", parts));
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
