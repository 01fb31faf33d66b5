package org.gazetteer.events.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sessions, always in time order. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<EventSession, UUID> {

  /** The sessions of an event, earliest first. */
  public Uni<List<EventSession>> ofEvent(UUID eventId) {
    return list("eventId = ?1 order by startsAt, id", eventId);
  }

  /** The sessions of several events in one query, by event, earliest first. */
  public Uni<Map<UUID, List<EventSession>>> ofEvents(Collection<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return list("eventId in ?1 order by startsAt, id", eventIds)
        .map(all -> all.stream().collect(Collectors.groupingBy(s -> s.eventId)));
  }

  /** A session of the given event, or null. */
  public Uni<EventSession> find(UUID eventId, UUID sessionId) {
    return find("id = ?1 and eventId = ?2", sessionId, eventId).firstResult();
  }
}
