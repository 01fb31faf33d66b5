package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Pending revisions of published exhibits. */
@ApplicationScoped
class ExhibitRevisionRepository implements PanacheRepositoryBase<ExhibitRevision, UUID> {

  /** The pending revisions of those of {@code ids} that have one, by exhibit id. */
  Uni<Map<UUID, ExhibitRevision>> pendingOf(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return list("exhibitId in ?1 and proposal is not null", ids)
        .map(
            found -> {
              Map<UUID, ExhibitRevision> byExhibit = new HashMap<>();
              found.forEach(r -> byExhibit.put(r.exhibitId, r));
              return byExhibit;
            });
  }
}
