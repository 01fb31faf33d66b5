package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazetteer.common.paging.Cursor;

/** Event queries. */
@ApplicationScoped
class EventRepository implements PanacheRepositoryBase<Event, UUID> {

  /** One listed event and the cursor that continues after it. */
  record Listed(Event event, Cursor cursor) {}

  /**
   * Up to {@code rows} events matching {@code filter} after the cursor's row, earliest first
   * session first: the ids by {@link EventListSql}, then the events themselves in that order.
   */
  Uni<List<Listed>> list(EventFilter filter, Cursor after, OffsetDateTime now, int rows) {
    EventListSql q = EventListSql.of(filter, after, now, rows);
    return Panache.getSession()
        .flatMap(
            s -> {
              var select = s.createNativeQuery(q.sql.toString(), Object[].class);
              q.params.forEach(select::setParameter);
              return select.getResultList();
            })
        .map(found -> found.stream().map(EventListSql.Row::of).toList())
        .flatMap(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(List.<Listed>of());
              }
              List<UUID> ids = found.stream().map(EventListSql.Row::id).toList();
              return list("id in ?1", ids)
                  .map(
                      events -> {
                        Map<UUID, Event> byId =
                            events.stream()
                                .collect(Collectors.toMap(e -> e.id, Function.identity()));
                        return found.stream()
                            .filter(row -> byId.containsKey(row.id()))
                            .map(row -> new Listed(byId.get(row.id()), row.cursor(filter.ranked())))
                            .toList();
                      });
            });
  }
}
