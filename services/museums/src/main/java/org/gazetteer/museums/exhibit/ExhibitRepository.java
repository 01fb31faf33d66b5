package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.persistence.FilterQuery;

/** Exhibit queries. */
@ApplicationScoped
class ExhibitRepository implements PanacheRepositoryBase<Exhibit, UUID> {

  /**
   * Up to {@code rows} exhibits in one state, newest first, after the cursor's row; IN_REVIEW
   * includes published exhibits with a pending revision.
   */
  Uni<List<Exhibit>> list(ExhibitFilter filter, Cursor after, int rows) {
    FilterQuery query = FilterQuery.from("Exhibit e");
    if (filter.status() == ExhibitStatus.IN_REVIEW) {
      // what waits for review: submissions, and published exhibits with a pending revision
      query.where(
          "(e.status = :status or e.status = :published and exists (select 1 from"
              + " ExhibitRevision r where r.exhibitId = e.id and r.proposal is not null))",
          Map.of("status", filter.status(), "published", ExhibitStatus.PUBLISHED));
    } else {
      query.equal("e.status", "status", filter.status());
    }
    query.equal("e.museum", "museum", filter.museum());
    if (after != null) {
      query.where(
          "(e.createdAt < :at or (e.createdAt = :at and e.id < :id))",
          Map.of("at", after.timestamp(0), "id", after.uuid(1)));
    }
    return find(query.query("e.createdAt desc, e.id desc"), query.params())
        .range(0, rows - 1)
        .list();
  }

  Uni<Boolean> inventoryTaken(String museum, String inventoryNo, UUID except) {
    return count(
            "museum = ?1 and inventoryNo = ?2 and id <> ?3",
            museum,
            inventoryNo,
            except == null ? new UUID(0, 0) : except)
        .map(n -> n > 0);
  }
}
