package org.gazetteer.deploy.bench;

/**
 * The benchmark's own baseline, as SQL text: the obvious search without a text index, a {@code LIKE
 * '%…%'} over the fields a reader would search. The service's search statement is not copied here;
 * the benchmark measures it through the service's HTTP API, where it is defined.
 */
final class LikeSql {

  private LikeSql() {}

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

  /** Only Chinese characters, at least two: safe to put into SQL text. */
  static String chinese(String term) {
    if (!term.matches("[\\x{3400}-\\x{9fff}]{2,}")) {
      throw new IllegalArgumentException("not a Chinese term of two or more characters: " + term);
    }
    return term;
  }
}
