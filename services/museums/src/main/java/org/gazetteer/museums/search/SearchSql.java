package org.gazetteer.museums.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;

/**
 * The FROM and WHERE clauses of a search and their parameters, for {@link SearchStatement}. The
 * tsquery is a relation in FROM, so it is built once per statement even under the generic plans
 * PostgreSQL uses for prepared statements after a few runs (inside WHERE or ts_rank it would be
 * rebuilt for every matching row); generic and custom plans measured alike, so the service keeps
 * PostgreSQL's default plan cache mode.
 */
final class SearchSql {

  final String where;
  final Map<String, Object> params;
  private final boolean ranked;

  private SearchSql(boolean ranked, String where, Map<String, Object> params) {
    this.ranked = ranked;
    this.where = where;
    this.params = params;
  }

  /** {@code exhibit e} with the given joins, and the tsquery relation {@code query} if ranked. */
  String from(String joins) {
    return "exhibit e" + joins + (ranked ? ", to_tsquery('simple', :q) AS query" : "");
  }

  static SearchSql of(ExhibitSearch search) {
    List<String> clauses = new ArrayList<>(List.of("e.status = 'PUBLISHED'"));
    Map<String, Object> params = new HashMap<>();
    if (search.ranked()) {
      params.put("q", search.tsQuery());
      if (search.pinyin() == null) {
        clauses.add("e.search @@ query");
      } else {
        clauses.add("(e.search @@ query OR e.search_pinyin LIKE :pinyin)");
        params.put("pinyin", search.pinyin());
      }
    }
    add(clauses, params, "e.museum_code = :museum", "museum", search.museum());
    add(clauses, params, "e.category = :category", "category", name(search.category()));
    add(clauses, params, "e.work_type = :workType", "workType", name(search.workType()));
    add(clauses, params, "e.grade = :grade", "grade", name(search.grade()));
    add(clauses, params, "e.dating_to >= :eraFrom", "eraFrom", search.eraFrom());
    add(clauses, params, "e.dating_from <= :eraTo", "eraTo", search.eraTo());
    if (search.division() != null) {
      clauses.add(
          "EXISTS (SELECT 1 FROM museum m WHERE m.code = e.museum_code"
              + " AND m.division LIKE :division)");
      params.put("division", Divisions.prefix(search.division()) + "%");
    }
    if (search.covers() != null) {
      clauses.add(
          "EXISTS (SELECT 1 FROM unnest(e.divisions_covered) AS covered(code)"
              + " WHERE covered.code LIKE :covers)");
      params.put("covers", Divisions.prefix(search.covers()) + "%");
    }
    return new SearchSql(search.ranked(), String.join(" AND ", clauses), params);
  }

  private static void add(
      List<String> clauses, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
