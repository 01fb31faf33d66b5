package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.persistence.FilterQuery;

/** Event queries. */
@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {

  /**
   * Up to {@code rows} events in one state, newest first, after the cursor's row. A division filter
   * includes the divisions under it: 510100 (a city) matches 5101xx.
   */
  Uni<List<Event>> list(EventFilter filter, Cursor after, int rows) {
    FilterQuery query =
        FilterQuery.from("Event e")
            .equal("e.status", "status", filter.status())
            .equal("e.organizer", "organizer", filter.organizer())
            .equal("e.target", "target", filter.target())
            .equal("e.kind", "kind", filter.kind())
            .withinDivision("e.division", filter.division());
    if (after != null) {
      query.where(
          "(e.createdAt < :at or (e.createdAt = :at and e.id < :id))",
          Map.of("at", after.timestamp(0), "id", after.uuid(1)));
    }
    return find(query.query("e.createdAt desc, e.id desc"), query.params())
        .range(0, rows - 1)
        .list();
  }
}
