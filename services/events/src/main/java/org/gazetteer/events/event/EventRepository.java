package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.paging.Cursor;

/** Event queries. */
@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {

  /**
   * Up to {@code rows} events in one state, newest first, after the cursor's row. A division filter
   * includes the divisions under it: 510100 (a city) matches 5101xx.
   */
  Uni<List<Event>> list(EventFilter filter, Cursor after, int rows) {
    StringBuilder query = new StringBuilder("from Event e where e.status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("status", filter.status());
    if (filter.organizer() != null) {
      query.append(" and e.organizer = :organizer");
      params.put("organizer", filter.organizer());
    }
    if (filter.target() != null) {
      query.append(" and e.target = :target");
      params.put("target", filter.target());
    }
    if (filter.kind() != null) {
      query.append(" and e.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.division() != null) {
      query.append(" and e.division like :division");
      params.put("division", Divisions.prefix(filter.division()) + "%");
    }
    if (after != null) {
      query.append(" and (e.createdAt < :at or (e.createdAt = :at and e.id < :id))");
      params.put("at", after.timestamp(0));
      params.put("id", after.uuid(1));
    }
    query.append(" order by e.createdAt desc, e.id desc");
    return find(query.toString(), params).range(0, rows - 1).list();
  }
}
