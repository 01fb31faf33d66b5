package org.gazetteer.deploy.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL the benchmark compares, as text. The indexed statement copies what the museums service
 * runs for the first page of {@code GET /api/exhibits?q=…} (its {@code SearchStatement}: the page
 * of ids, best first, one row more than a page, and the facet counts of the whole result, from one
 * read of the matches); the bench checks that it answers a full page and facets. The baseline is
 * the obvious search without a text index.
 */
final class SearchSql {

  /** Rows the service asks for: a page and one more, to know whether another page follows. */
  static final int PAGE_ROWS = HttpProbes.PAGE_SIZE + 1;

  /**
   * The service's search statement; parameters: the tsquery, then the number of page rows. Rows
   * with part 0 are the page, rows with part 1 facet counts.
   */
  static final String STATEMENT =
      "WITH hit AS MATERIALIZED (SELECT e.id, e.museum_code, e.category, e.work_type,"
          + " ts_rank(e.search, query) AS key FROM exhibit e, to_tsquery('simple', ?) AS query"
          + " WHERE e.status = 'PUBLISHED' AND e.search @@ query)"
          + " SELECT 0 AS part, id, key, NULL AS museum, NULL AS category, NULL AS work_type,"
          + " NULL AS division, CAST(NULL AS bigint) AS hits"
          + " FROM (SELECT id, key FROM hit ORDER BY key DESC, id DESC LIMIT ?) AS page"
          + " UNION ALL SELECT 1, NULL, NULL, g.museum_code, g.category, g.work_type, m.division,"
          + " g.hits FROM (SELECT museum_code, category, work_type, count(*) AS hits FROM hit"
          + " GROUP BY museum_code, category, work_type) AS g"
          + " JOIN museum m ON m.code = g.museum_code"
          + " ORDER BY part, key DESC, id DESC";

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
