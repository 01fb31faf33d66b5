package org.gazetteer.deploy.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL the benchmark compares, as text. The indexed queries copy what the museums service runs
 * for {@code GET /api/exhibits?q=…} (its {@code ExhibitSearchRepository}: a ranked page of ids,
 * then facets of the whole result); the baseline is the obvious search without a text index.
 */
final class SearchSql {

  /** The service's page query: ids of the best matches, ranked, one row more than a page. */
  static final String PAGE =
      "SELECT e.id, ts_rank(e.search, to_tsquery('simple', ?)) FROM exhibit e"
          + " WHERE e.status = 'PUBLISHED' AND e.search @@ to_tsquery('simple', ?)"
          + " ORDER BY 2 DESC, e.id DESC LIMIT "
          + (HttpProbes.PAGE_SIZE + 1);

  /** The service's facet query over the whole result. */
  static final String FACETS =
      "SELECT e.museum_code, e.category, e.work_type, m.division, GROUPING(e.museum_code),"
          + " GROUPING(e.category), GROUPING(e.work_type), count(*)"
          + " FROM exhibit e JOIN museum m ON m.code = e.museum_code"
          + " WHERE e.status = 'PUBLISHED' AND e.search @@ to_tsquery('simple', ?)"
          + " GROUP BY GROUPING SETS ((e.museum_code), (e.category), (e.work_type),"
          + " (m.division)) ORDER BY 8 DESC, 1, 2, 3, 4";

  /** How many published exhibits the index matches. */
  static final String TS_COUNT =
      "SELECT count(*) FROM exhibit e"
          + " WHERE e.status = 'PUBLISHED' AND e.search @@ to_tsquery('simple', ?)";

  private SearchSql() {}

  /** The unindexed baseline: newest 20 published exhibits containing {@code term}. */
  static String like(String term) {
    return "SELECT id FROM exhibit WHERE "
        + likeWhere(term)
        + " ORDER BY created_at DESC LIMIT "
        + HttpProbes.PAGE_SIZE;
  }

  /** How many published exhibits the baseline matches. */
  static String likeCount(String term) {
    return "SELECT count(*) FROM exhibit WHERE " + likeWhere(term);
  }

  private static String likeWhere(String term) {
    String pattern = "'%" + chinese(term) + "%'";
    return "status = 'PUBLISHED' AND (title_zh LIKE "
        + pattern
        + " OR description_zh LIKE "
        + pattern
        + " OR array_to_string(keywords, ' ') LIKE "
        + pattern
        + ")";
  }

  /**
   * The tsquery the service makes of a Chinese term (its {@code SearchQuery}): the phrase of the
   * term's character bigrams, e.g. 茶马古道志 → {@code (茶马 <-> 马古 <-> 古道 <-> 道志)}.
   */
  static String tsQuery(String term) {
    int[] chars = chinese(term).codePoints().toArray();
    List<String> bigrams = new ArrayList<>();
    for (int i = 0; i + 1 < chars.length; i++) {
      bigrams.add(new String(chars, i, 2));
    }
    return bigrams.size() == 1 ? bigrams.get(0) : "(" + String.join(" <-> ", bigrams) + ")";
  }

  /** Only Chinese characters, at least two: safe to put into SQL text. */
  private static String chinese(String term) {
    if (!term.matches("[\\x{3400}-\\x{9fff}]{2,}")) {
      throw new IllegalArgumentException("not a Chinese term of two or more characters: " + term);
    }
    return term;
  }
}
