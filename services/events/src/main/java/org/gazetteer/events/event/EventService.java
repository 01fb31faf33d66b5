package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;

/** Event rules for reading: who may see which events (DESIGN §4). */
@ApplicationScoped
public class EventService {

  private final EventRepository events;

  EventService(EventRepository events) {
    this.events = events;
  }

  /**
   * Lists events in a state. PUBLISHED is public; any other state needs a login and shows the
   * caller's own institution's events only (all institutions for admins), so asking for another
   * organizer's drafts finds none.
   */
  @WithSession
  public Uni<Page<EventResponse>> list(
      EventFilter filter, Caller caller, String cursor, int limit) {
    EventFilter scoped = filter;
    if (filter.status() != EventStatus.PUBLISHED) {
      if (caller.isAnonymous()) {
        throw new ProblemException(
            ProblemType.UNAUTHORIZED,
            "Listing events in state " + filter.status() + " needs a login");
      }
      if (!caller.isAdmin()) {
        String own = caller.requireInstitution();
        if (filter.organizer() != null && !filter.organizer().equals(own)) {
          return Uni.createFrom().item(new Page<>(List.of(), null));
        }
        scoped = filter.withOrganizer(own);
      }
    }
    Cursor after = decode(cursor);
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
                  || event.status == EventStatus.DRAFT && !caller.belongsTo(event.organizer)) {
                throw ProblemException.notFound("No event with id " + id);
              }
              return EventMapper.toResponse(event);
            });
  }

  private static Cursor decode(String cursor) {
    Cursor after = Cursor.decode(cursor, 2);
    if (after != null) {
      try {
        OffsetDateTime.parse(after.key(0));
        UUID.fromString(after.key(1));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
      }
    }
    return after;
  }
}
