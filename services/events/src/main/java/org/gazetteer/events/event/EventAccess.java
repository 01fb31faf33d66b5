package org.gazetteer.events.event;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionRepository;

/**
 * Who may see and change which event (docs/identity-and-access.md): published and cancelled events
 * are public; a draft exists only for the event organizers of its institution and network admins;
 * changes need the role and the institution. Needs the caller's reactive session.
 */
@ApplicationScoped
public class EventAccess {

  private final EventRepository events;
  private final SessionRepository sessions;

  EventAccess(EventRepository events, SessionRepository sessions) {
    this.events = events;
    this.sessions = sessions;
  }

  /** The event, or a 404 when it does not exist for the caller. */
  public Uni<Event> visible(UUID id, Caller caller) {
    return events
        .findById(id)
        .map(
            event -> {
              if (event == null || event.status == EventStatus.DRAFT && !internal(event, caller)) {
                throw ProblemException.notFound("No event with id " + id);
              }
              return event;
            });
  }

  /**
   * The event, if the caller may change it: 404 as {@link #visible}, else 403 without the right.
   */
  public Uni<Event> writable(UUID id, Caller caller) {
    return visible(id, caller)
        .invoke(event -> caller.requireWrite(Roles.EVENT_ORGANIZER, event.organizer));
  }

  /** Whether the caller reads the event's internal parts (its creator, attendee lists). */
  public static boolean internal(Event event, Caller caller) {
    return caller.readsInternal(event.organizer, Roles.EVENT_ORGANIZER);
  }

  /** The event as the caller sees it, with its sessions. */
  public Uni<EventResponse> respond(Event event, Caller caller) {
    return sessions
        .ofEvent(event.id)
        .map(all -> EventMapper.toResponse(event, all, internal(event, caller)));
  }

  /** Several events as the caller sees them, their sessions read in one query. */
  public Uni<List<EventResponse>> respond(List<Event> page, Caller caller) {
    return sessions
        .ofEvents(page.stream().map(e -> e.id).toList())
        .map(
            (Map<UUID, List<EventSession>> byEvent) ->
                page.stream()
                    .map(
                        e ->
                            EventMapper.toResponse(
                                e, byEvent.getOrDefault(e.id, List.of()), internal(e, caller)))
                    .toList());
  }
}
