package org.gazetteer.museums.search;

import java.util.HashMap;
import java.util.Map;
import org.gazetteer.common.paging.Cursor;

/**
 * The one statement a search runs: the matches are read once, in the CTE {@code hit}, and give both
 * the page (rows with part 0: id and sort key, best first) and the facet counts (rows with part 1:
 * a count per museum, category and work type, with the museum's division). Java adds the counts up
 * per facet ({@link FacetTally}); grouping once by the triple costs a fraction of four grouping
 * sets, and the few groups are cheap to sum.
 *
 * <p>With a text query the CTE is materialized: every match has to be read and ranked anyway, so
 * reading the index and the heap once instead of twice is the saving. Without one it is inlined, so
 * that the newest-first page walks the index {@code exhibit_published} and stops after a page
 * instead of collecting every exhibit a filter matches.
 */
final class SearchStatement {

  private static final String RANK = "ts_rank(e.search, query)";

  /**
   * With a pinyin reading of the query: a text match ranks above 1 (1 + its rank), a match of the
   * title's pinyin only below 0.5 (half its trigram similarity to the letters typed, so the closer
   * key first).
   */
  private static final String RANK_WITH_PINYIN =
      "CASE WHEN e.search @@ query THEN CAST(1 + ts_rank(e.search, query) AS real)"
          + " ELSE CAST(similarity(e.search_pinyin, :letters) / 2 AS real) END";

  final String sql;
  final Map<String, Object> params;

  private SearchStatement(String sql, Map<String, Object> params) {
    this.sql = sql;
    this.params = params;
  }

  /** The page after {@code after} (null for the first), at most {@code rows}, and the facets. */
  static SearchStatement of(ExhibitSearch search, Cursor after, int rows) {
    SearchSql where = SearchSql.of(search);
    Map<String, Object> params = new HashMap<>(where.params);
    params.put("rows", rows);
    String afterClause = "";
    if (after != null) {
      afterClause = " WHERE key < :afterKey OR (key = :afterKey AND id < :afterId)";
      params.put(
          "afterKey", search.ranked() ? (Object) (double) after.real(0) : after.timestamp(0));
      params.put("afterId", after.uuid(1));
    }
    String sql =
        "WITH hit AS "
            + (search.ranked() ? "MATERIALIZED" : "NOT MATERIALIZED")
            + " (SELECT e.id, e.museum_code, e.category, e.work_type, "
            + rank(search, params)
            + " AS key FROM "
            + where.from("")
            + " WHERE "
            + where.where
            + ")"
            + " SELECT 0 AS part, id, key, NULL AS museum, NULL AS category, NULL AS work_type,"
            + " NULL AS division, CAST(NULL AS bigint) AS hits"
            + " FROM (SELECT id, key FROM hit"
            + afterClause
            + " ORDER BY key DESC, id DESC LIMIT :rows) AS page"
            + " UNION ALL SELECT 1, NULL, NULL, g.museum_code, g.category, g.work_type, m.division,"
            + " g.hits FROM (SELECT museum_code, category, work_type, count(*) AS hits FROM hit"
            + " GROUP BY museum_code, category, work_type) AS g"
            + " JOIN museum m ON m.code = g.museum_code"
            + " ORDER BY part, key DESC, id DESC";
    return new SearchStatement(sql, params);
  }

  private static String rank(ExhibitSearch search, Map<String, Object> params) {
    if (!search.ranked()) {
      return "e.created_at";
    }
    if (search.pinyin() == null) {
      return RANK;
    }
    params.put("letters", search.pinyin().replace("%", ""));
    return RANK_WITH_PINYIN;
  }

  /** Whether a row of the result belongs to the page (else it is a facet count). */
  static boolean pageRow(Object[] row) {
    return ((Number) row[0]).intValue() == 0;
  }
}
