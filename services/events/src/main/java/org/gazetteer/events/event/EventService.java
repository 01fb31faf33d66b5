package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;

/** Event rules for reading: who may see which events (docs/identity-and-access.md). */
@ApplicationScoped
public class EventService {

  private final EventRepository events;

  EventService(EventRepository events) {
    this.events = events;
  }

  /**
   * Lists events in a state. PUBLISHED is public; any other state needs a login and shows the
   * caller's own institution's events only (all institutions for admins), see {@link ListScope}.
   */
  @WithSession
  public Uni<Page<EventResponse>> list(
      EventFilter filter, Caller caller, String cursor, int limit) {
    ListScope scope =
        filter.status() == EventStatus.PUBLISHED
            ? ListScope.open(filter.organizer())
            : ListScope.restricted(
                caller, filter.organizer(), filter.status(), Roles.EVENT_ORGANIZER);
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    EventFilter scoped = filter.withOrganizer(scope.institution());
    Cursor after = Cursor.decode(cursor, 2);
    return events
        .list(scoped, after, limit + 1)
        .map(
            rows ->
                Page.of(rows, limit, EventMapper::toResponse, e -> Cursor.of(e.createdAt, e.id)));
  }

  /** An event the caller may see; drafts of other institutions do not exist for them. */
  @WithSession
  public Uni<EventResponse> get(UUID id, Caller caller) {
    return events
        .findById(id)
        .map(
            event -> {
              if (event == null
                  || event.status == EventStatus.DRAFT
                      && !caller.readsInternal(event.organizer, Roles.EVENT_ORGANIZER)) {
                throw ProblemException.notFound("No event with id " + id);
              }
              return EventMapper.toResponse(event);
            });
  }
}
