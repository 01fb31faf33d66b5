package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;

/** Exhibit queries. */
@ApplicationScoped
class ExhibitRepository implements PanacheRepositoryBase<Exhibit, UUID> {

  /**
   * Up to {@code rows} exhibits in one state, newest first, after the cursor's row; IN_REVIEW
   * includes published exhibits with a pending revision.
   */
  Uni<List<Exhibit>> list(ExhibitFilter filter, Cursor after, int rows) {
    StringBuilder query = new StringBuilder("from Exhibit e where (e.status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("status", filter.status());
    if (filter.status() == ExhibitStatus.IN_REVIEW) {
      // what waits for review: submissions, and published exhibits with a pending revision
      query.append(
          " or e.status = :published and exists (select 1 from ExhibitRevision r"
              + " where r.exhibitId = e.id and r.proposal is not null)");
      params.put("published", ExhibitStatus.PUBLISHED);
    }
    query.append(")");
    if (filter.museum() != null) {
      query.append(" and e.museum = :museum");
      params.put("museum", filter.museum());
    }
    if (after != null) {
      query.append(" and (e.createdAt < :at or (e.createdAt = :at and e.id < :id))");
      params.put("at", after.timestamp(0));
      params.put("id", after.uuid(1));
    }
    query.append(" order by e.createdAt desc, e.id desc");
    return find(query.toString(), params).range(0, rows - 1).list();
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
