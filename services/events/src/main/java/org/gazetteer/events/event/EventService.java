package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.division.KnownDivisions;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;
import org.gazetteer.events.audit.AuditEntryResponse;
import org.gazetteer.events.audit.EventAuditAction;
import org.gazetteer.events.audit.EventRecordType;
import org.gazetteer.events.config.EventsConfig;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionRepository;
import org.gazetteer.events.session.SessionRequest;
import org.gazetteer.events.session.SessionRules;
import org.gazetteer.events.venue.VenueCheck;

/** Event rules: lists, reads, creation and replacement (docs/identity-and-access.md). */
@ApplicationScoped
public class EventService {

  private final EventRepository events;
  private final SessionRepository sessions;
  private final EventAccess access;
  private final VenueCheck venues;
  private final KnownDivisions divisions;
  private final AuditTrail audit;
  private final EventsConfig config;
  private final Clock clock;

  EventService(
      EventRepository events,
      SessionRepository sessions,
      EventAccess access,
      VenueCheck venues,
      KnownDivisions divisions,
      AuditTrail audit,
      EventsConfig config,
      Clock clock) {
    this.events = events;
    this.sessions = sessions;
    this.access = access;
    this.venues = venues;
    this.divisions = divisions;
    this.audit = audit;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Lists events in a state, earliest first session first. PUBLISHED and CANCELLED are public; a
   * draft list needs a login and shows the caller's own institution's (all for admins), see {@link
   * ListScope}.
   */
  @WithSession
  public Uni<Page<EventResponse>> list(
      EventFilter filter, Caller caller, String cursor, int limit) {
    ListScope scope =
        filter.status() == EventStatus.DRAFT
            ? ListScope.restricted(
                caller, filter.organizer(), filter.status(), Roles.EVENT_ORGANIZER)
            : ListScope.open(filter.organizer());
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    Cursor after = Cursor.decode(cursor, filter.ranked() ? 3 : 2);
    return events
        .list(filter.withOrganizer(scope.institution()), after, now(), limit + 1)
        .flatMap(
            rows -> {
              Page<EventRepository.Listed> page =
                  Page.of(rows, limit, r -> r, EventRepository.Listed::cursor);
              return access
                  .respond(
                      page.items().stream().map(EventRepository.Listed::event).toList(), caller)
                  .map(items -> new Page<>(items, page.next()));
            });
  }

  @WithSession
  public Uni<EventResponse> get(UUID id, Caller caller) {
    return access.visible(id, caller).flatMap(e -> access.respond(e, caller));
  }

  /**
   * Creates a draft of the caller's institution (admins name it), with its first sessions. The
   * venue is checked with its service before anything is written.
   */
  public Uni<EventResponse> create(EventRequest request, String organizerParam, Caller caller) {
    String organizer = caller.owningInstitution(organizerParam, "organizer", "events");
    caller.requireWrite(Roles.EVENT_ORGANIZER, organizer);
    List<SessionRequest> first = request.sessions() == null ? List.of() : request.sessions();
    SessionRules.check(first, "sessions", config.maxCapacity());
    if (first.size() > config.maxSessions()) {
      throw ProblemException.invalid("sessions", "must hold at most " + config.maxSessions());
    }
    return venues
        .resolve(request.venue())
        .flatMap(
            venue ->
                Panache.withTransaction(
                    () -> {
                      String division = division(request, venue);
                      return divisions
                          .require(division, "division")
                          .flatMap(
                              ok -> {
                                Event event = new Event();
                                event.id = UUID.randomUUID();
                                event.organizer = organizer;
                                event.createdBy = caller.username();
                                EventMapper.apply(request, venue, division, event);
                                return events.persist(event);
                              })
                          .call(event -> addSessions(event, first))
                          .call(events::flush)
                          .call(
                              event ->
                                  audit.recordChanges(
                                      EventRecordType.EVENT,
                                      event.id.toString(),
                                      event.version,
                                      EventAuditAction.CREATE,
                                      caller.username(),
                                      Map.of(),
                                      EventMapper.snapshot(event)))
                          .flatMap(event -> access.respond(event, caller));
                    }));
  }

  /**
   * Replaces an event's fields (not its sessions, which change under their own paths); needs the
   * version the caller read. A cancelled event no longer changes.
   */
  public Uni<EventResponse> update(UUID id, EventRequest request, String ifMatch, Caller caller) {
    if (request.sessions() != null) {
      throw ProblemException.invalid(
          "sessions", "are changed under /api/events/{id}/sessions, not with the event");
    }
    Versions.expected(ifMatch);
    // Refuse what will be refused before asking the venue's service, then check again in the
    // transaction, which holds no connection while the other service answers.
    return Panache.withSession(() -> access.writable(id, caller))
        .invoke(
            event -> {
              Versions.check(ifMatch, event.version);
              refuseCancelled(event);
            })
        .flatMap(
            current ->
                venues
                    .resolve(request.venue())
                    .flatMap(
                        venue ->
                            Panache.withTransaction(
                                () ->
                                    access
                                        .writable(id, caller)
                                        .flatMap(
                                            event ->
                                                replace(event, request, venue, ifMatch, caller)))));
  }

  private Uni<EventResponse> replace(
      Event event, EventRequest request, VenueCheck.Resolved venue, String ifMatch, Caller caller) {
    Versions.check(ifMatch, event.version);
    refuseCancelled(event);
    String division = division(request, venue);
    Map<String, Object> before = EventMapper.snapshot(event);
    return divisions
        .require(division, "division")
        .invoke(ok -> EventMapper.apply(request, venue, division, event))
        .call(events::flush)
        .call(
            () ->
                audit.recordChanges(
                    EventRecordType.EVENT,
                    event.id.toString(),
                    event.version,
                    EventAuditAction.UPDATE,
                    caller.username(),
                    before,
                    EventMapper.snapshot(event)))
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .flatMap(ok -> access.respond(event, caller));
  }

  /** One page of an event's history, for its organizers and admins. */
  @WithSession
  public Uni<Page<AuditEntryResponse>> history(UUID id, Caller caller, String cursor, int limit) {
    return access
        .visible(id, caller)
        .flatMap(
            event ->
                audit.history(
                    EventRecordType.EVENT,
                    id.toString(),
                    event.organizer,
                    caller,
                    cursor,
                    limit,
                    AuditEntryResponse::of,
                    Roles.EVENT_ORGANIZER));
  }

  private Uni<Void> addSessions(Event event, List<SessionRequest> first) {
    List<EventSession> created =
        first.stream()
            .map(
                r -> {
                  EventSession s = new EventSession();
                  s.id = UUID.randomUUID();
                  s.eventId = event.id;
                  SessionRules.apply(r, s);
                  return s;
                })
            .toList();
    return created.isEmpty() ? Uni.createFrom().voidItem() : sessions.persist(created);
  }

  /** The event's division: the request's, else its museum's or reading room's; 400 without. */
  private static String division(EventRequest request, VenueCheck.Resolved venue) {
    String division = request.division() != null ? request.division() : venue.division();
    if (division == null) {
      throw ProblemException.invalid(
          "division", "is required unless the venue is a museum or reading room");
    }
    return division;
  }

  static void refuseCancelled(Event event) {
    if (event.status == EventStatus.CANCELLED) {
      throw ProblemException.conflict("A cancelled event no longer changes");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
