package org.gazetteer.museums.search;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Native SQL over the bigram index: ids of one page in rank order (or newest first without a text
 * query), keyset-paged, and the facet counts of the whole result in one grouping query.
 */
@ApplicationScoped
class ExhibitSearchRepository {

  private static final String RANK = "ts_rank(e.search, query)";

  /** Rows of (id, sort key) for the page after {@code after}, at most {@code rows}. */
  Uni<List<Object[]>> page(ExhibitSearch search, Cursor after, int rows) {
    SearchSql sql = SearchSql.of(search);
    Map<String, Object> params = new HashMap<>(sql.params);
    String key = search.ranked() ? RANK : "e.created_at";
    String where = sql.where;
    if (after != null) {
      where += " AND (" + key + " < :afterKey OR (" + key + " = :afterKey AND e.id < :afterId))";
      params.put(
          "afterKey", search.ranked() ? (Object) (double) after.real(0) : after.timestamp(0));
      params.put("afterId", after.uuid(1));
    }
    String query =
        "SELECT e.id, "
            + key
            + " FROM "
            + sql.from("")
            + " WHERE "
            + where
            + " ORDER BY 2 DESC, e.id DESC";
    return Panache.getSession()
        .flatMap(
            session -> {
              Mutiny.SelectionQuery<Object[]> select =
                  session.createNativeQuery(query, Object[].class);
              params.forEach(select::setParameter);
              return select.setMaxResults(rows).getResultList();
            });
  }

  /** Counts by museum, category, work type and the holding museum's division. */
  Uni<Facets> facets(ExhibitSearch search) {
    SearchSql sql = SearchSql.of(search);
    String query =
        "SELECT e.museum_code, e.category, e.work_type, m.division, GROUPING(e.museum_code),"
            + " GROUPING(e.category), GROUPING(e.work_type), count(*)"
            + " FROM "
            + sql.from(" JOIN museum m ON m.code = e.museum_code")
            + " WHERE "
            + sql.where
            + " GROUP BY GROUPING SETS ((e.museum_code), (e.category), (e.work_type),"
            + " (m.division)) ORDER BY 8 DESC, 1, 2, 3, 4";
    return Panache.getSession()
        .flatMap(
            session -> {
              Mutiny.SelectionQuery<Object[]> select =
                  session.createNativeQuery(query, Object[].class);
              sql.params.forEach(select::setParameter);
              return select.getResultList();
            })
        .map(ExhibitSearchRepository::toFacets);
  }

  private static Facets toFacets(List<Object[]> rows) {
    List<Facet> museum = new ArrayList<>();
    List<Facet> category = new ArrayList<>();
    List<Facet> workType = new ArrayList<>();
    List<Facet> division = new ArrayList<>();
    for (Object[] row : rows) {
      long count = ((Number) row[7]).longValue();
      if (grouped(row[4])) {
        museum.add(new Facet((String) row[0], count));
      } else if (grouped(row[5])) {
        category.add(new Facet((String) row[1], count));
      } else if (grouped(row[6])) {
        workType.add(new Facet(row[2] == null ? null : (String) row[2], count));
      } else {
        division.add(new Facet((String) row[3], count));
      }
    }
    return new Facets(museum, category, workType, division);
  }

  /** GROUPING(x) is 0 where the row is grouped by x. */
  private static boolean grouped(Object grouping) {
    return ((Number) grouping).intValue() == 0;
  }

  static UUID id(Object[] row) {
    return (UUID) row[0];
  }
}
