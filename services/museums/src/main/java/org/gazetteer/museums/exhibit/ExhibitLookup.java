package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Exhibits by id for the other features (search, exhibitions, the change feed), in the caller's
 * session: one query per call, whatever the number of ids.
 */
@ApplicationScoped
public class ExhibitLookup {

  private final ExhibitRepository exhibits;

  ExhibitLookup(ExhibitRepository exhibits) {
    this.exhibits = exhibits;
  }

  /** Published exhibits by id, in the order of {@code ids}; ids not published are left out. */
  public Uni<List<ExhibitResponse>> published(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return exhibits
        .list("id in ?1 and status = ?2", ids, ExhibitStatus.PUBLISHED)
        .map(
            found -> {
              Map<UUID, Exhibit> byId = new HashMap<>();
              found.forEach(e -> byId.put(e.id, e));
              return ids.stream()
                  .map(byId::get)
                  .filter(Objects::nonNull)
                  .map(ExhibitMapper::toPublicResponse)
                  .toList();
            });
  }

  /** Those of {@code ids} that are published. */
  public Uni<Set<UUID>> publishedIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    return exhibits
        .find(
            "select e.id from Exhibit e where e.id in ?1 and e.status = ?2",
            ids,
            ExhibitStatus.PUBLISHED)
        .project(UUID.class)
        .list()
        .map(Set::copyOf);
  }

  /** The states of those of {@code ids} that are exhibits of {@code museum}. */
  public Uni<Map<UUID, ExhibitStatus>> statuses(List<UUID> ids, String museum) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return exhibits
        .list("id in ?1 and museum = ?2", ids, museum)
        .map(
            found -> {
              Map<UUID, ExhibitStatus> states = new HashMap<>();
              found.forEach(e -> states.put(e.id, e.status));
              return states;
            });
  }
}
