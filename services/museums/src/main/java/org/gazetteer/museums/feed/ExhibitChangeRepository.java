package org.gazetteer.museums.feed;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the change feed in commit order. */
@ApplicationScoped
class ExhibitChangeRepository implements PanacheRepositoryBase<ExhibitChange, Long> {

  Uni<List<ExhibitChange>> after(long seq, int rows) {
    return find("seq > ?1 order by seq", seq).range(0, rows - 1).list();
  }
}
