package org.gazetteer.museums.search;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Native SQL over the bigram index: ids of one page in rank order (or newest first without a text
 * query), keyset-paged, and the facet counts of the whole result, in one statement ({@link
 * SearchStatement}).
 */
@ApplicationScoped
class ExhibitSearchRepository {

  /** The page after {@code after}, at most {@code rows} of (id, sort key), and the facets. */
  Uni<Found> search(ExhibitSearch search, Cursor after, int rows) {
    SearchStatement statement = SearchStatement.of(search, after, rows);
    return Panache.getSession()
        .flatMap(
            session -> {
              Mutiny.SelectionQuery<Object[]> select =
                  session.createNativeQuery(statement.sql, Object[].class);
              statement.params.forEach(select::setParameter);
              return select.getResultList();
            })
        .map(ExhibitSearchRepository::found);
  }

  private static Found found(List<Object[]> rows) {
    List<Object[]> page = new ArrayList<>();
    FacetTally facets = new FacetTally();
    for (Object[] row : rows) {
      if (SearchStatement.pageRow(row)) {
        page.add(new Object[] {row[1], row[2]});
      } else {
        facets.add(row);
      }
    }
    return new Found(page, facets.facets());
  }

  /** Rows of (id, sort key) in page order, and the facets of the whole result. */
  record Found(List<Object[]> page, Facets facets) {}

  static UUID id(Object[] row) {
    return (UUID) row[0];
  }
}
