package org.gazetteer.museums.summary;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The register's counts in one statement: museums are a few dozen rows, and the published exhibits
 * and exhibitions are counted on their partial indexes of published rows, so the cost does not grow
 * with drafts or withdrawn records.
 */
@ApplicationScoped
public class SummaryService {

  private static final String COUNTS =
      """
      SELECT (SELECT count(*) FROM museum WHERE status = 'ACTIVE'),
             (SELECT count(*) FROM museum
              WHERE status = 'ACTIVE' AND kind = 'UNIVERSITY_BRANCH'),
             (SELECT count(*) FROM exhibit WHERE status = 'PUBLISHED'),
             (SELECT count(*) FROM exhibition WHERE status = 'PUBLISHED')
      """;

  @WithSession
  public Uni<MuseumsSummary> summary() {
    return Panache.getSession()
        .flatMap(session -> session.createNativeQuery(COUNTS, Object[].class).getSingleResult())
        .map(
            row ->
                new MuseumsSummary(number(row[0]), number(row[1]), number(row[2]), number(row[3])));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
