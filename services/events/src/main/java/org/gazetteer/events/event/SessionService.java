package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.events.audit.EventAuditAction;
import org.gazetteer.events.audit.EventRecordType;
import org.gazetteer.events.config.EventsConfig;
import org.gazetteer.events.registration.Waitlist;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionRepository;
import org.gazetteer.events.session.SessionRequest;
import org.gazetteer.events.session.SessionResponse;
import org.gazetteer.events.session.SessionRules;
import org.gazetteer.events.session.SessionStatus;

/**
 * The sessions of an event, one by one: added, moved or resized (registrants keep their places; a
 * larger capacity confirms waiting parties that now fit), or cancelled with their registrations.
 * Each change raises the event's version too, since the event's representation and calendar entries
 * include its sessions, and is recorded in the event's history.
 */
@ApplicationScoped
public class SessionService {

  /** Why registrations ended when their session was cancelled. */
  public static final String SESSION_CANCELLED = "SESSION_CANCELLED";

  private final EventAccess access;
  private final SessionRepository sessions;
  private final EventRepository events;
  private final AuditTrail audit;
  private final Waitlist waitlist;
  private final EventsConfig config;
  private final Clock clock;

  SessionService(
      EventAccess access,
      SessionRepository sessions,
      EventRepository events,
      AuditTrail audit,
      Waitlist waitlist,
      EventsConfig config,
      Clock clock) {
    this.access = access;
    this.sessions = sessions;
    this.events = events;
    this.audit = audit;
    this.waitlist = waitlist;
    this.config = config;
    this.clock = clock;
  }

  @WithSession
  public Uni<List<SessionResponse>> list(UUID eventId, Caller caller) {
    return access
        .visible(eventId, caller)
        .flatMap(event -> sessions.ofEvent(event.id))
        .map(all -> all.stream().map(SessionResponse::of).toList());
  }

  @WithSession
  public Uni<SessionResponse> get(UUID eventId, UUID sessionId, Caller caller) {
    return access
        .visible(eventId, caller)
        .flatMap(event -> require(event, sessionId))
        .map(SessionResponse::of);
  }

  /** Adds a session to a draft or published event. */
  @WithTransaction
  public Uni<SessionResponse> add(UUID eventId, SessionRequest request, Caller caller) {
    SessionRules.check(List.of(request), "", config.maxCapacity());
    return access
        .writable(eventId, caller)
        .invoke(EventService::refuseCancelled)
        .flatMap(
            event ->
                sessions
                    .count("eventId", event.id)
                    .flatMap(
                        count -> {
                          if (count >= config.maxSessions()) {
                            throw ProblemException.conflict(
                                "An event has at most " + config.maxSessions() + " sessions");
                          }
                          EventSession s = new EventSession();
                          s.id = UUID.randomUUID();
                          s.eventId = event.id;
                          SessionRules.apply(request, s);
                          return sessions.persist(s);
                        })
                    .call(s -> changed(event, EventAuditAction.ADD_SESSION, Map.of(), s, caller)))
        .onFailure(e -> Failures.violated(e, "event_session_once"))
        .transform(e -> repeated())
        .map(SessionResponse::of);
  }

  /**
   * Moves or resizes a session; needs the session's version (If-Match). A capacity below the people
   * already confirmed is a 409.
   */
  @WithTransaction
  public Uni<SessionResponse> update(
      UUID eventId, UUID sessionId, SessionRequest request, String ifMatch, Caller caller) {
    SessionRules.check(List.of(request), "", config.maxCapacity());
    Versions.expected(ifMatch);
    return access
        .writable(eventId, caller)
        .invoke(EventService::refuseCancelled)
        .flatMap(
            event ->
                require(event, sessionId)
                    .flatMap(
                        s -> {
                          Versions.check(ifMatch, s.version);
                          if (s.status == SessionStatus.CANCELLED) {
                            throw ProblemException.conflict(
                                "A cancelled session no longer changes");
                          }
                          if (request.capacity() < s.confirmed) {
                            throw tooSmall(s.confirmed);
                          }
                          Map<String, Object> before = SessionRules.snapshot(s);
                          boolean larger = request.capacity() > s.capacity;
                          SessionRules.apply(request, s);
                          return changed(event, EventAuditAction.UPDATE_SESSION, before, s, caller)
                              .call(() -> larger ? promoted(s) : Uni.createFrom().voidItem())
                              .replaceWith(s);
                        }))
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .onFailure(e -> Failures.violated(e, "event_session_once"))
        .transform(e -> repeated())
        .onFailure(e -> Failures.violated(e, "event_session_capacity_holds_confirmed"))
        .transform(e -> tooSmall(null))
        .map(SessionResponse::of);
  }

  /** Cancels one session and every registration for it (reason {@code SESSION_CANCELLED}). */
  @WithTransaction
  public Uni<SessionResponse> cancel(UUID eventId, UUID sessionId, Caller caller) {
    return access
        .writable(eventId, caller)
        .invoke(EventService::refuseCancelled)
        .flatMap(
            event ->
                require(event, sessionId)
                    .flatMap(
                        s -> {
                          if (s.status == SessionStatus.CANCELLED) {
                            throw ProblemException.conflict("The session is already cancelled");
                          }
                          Map<String, Object> before = SessionRules.snapshot(s);
                          s.status = SessionStatus.CANCELLED;
                          s.cancelReason = SESSION_CANCELLED;
                          return cancelRegistrations(s)
                              .call(
                                  () ->
                                      changed(
                                          event,
                                          EventAuditAction.CANCEL_SESSION,
                                          before,
                                          s,
                                          caller))
                              .call(() -> Panache.getSession().flatMap(db -> db.refresh(s)))
                              .replaceWith(s);
                        }))
        .map(SessionResponse::of);
  }

  /** Gives the places a larger capacity adds to the waiting parties, then re-reads the counter. */
  private Uni<Void> promoted(EventSession s) {
    return waitlist
        .promote(s.id)
        .call(() -> Panache.getSession().flatMap(db -> db.refresh(s)))
        .replaceWithVoid();
  }

  private Uni<Void> cancelRegistrations(EventSession s) {
    return Panache.getSession()
        .flatMap(
            db ->
                db.createNativeQuery(
                        "UPDATE registration SET status = 'CANCELLED', cancel_reason = :why,"
                            + " cancelled_at = now(), updated_at = now(), version = version + 1"
                            + " WHERE session_id = :session AND status <> 'CANCELLED'")
                    .setParameter("why", SESSION_CANCELLED)
                    .setParameter("session", s.id)
                    .executeUpdate()
                    .chain(
                        () ->
                            db.createNativeQuery(
                                    "UPDATE event_session SET confirmed = 0 WHERE id = :session")
                                .setParameter("session", s.id)
                                .executeUpdate()))
        .replaceWithVoid();
  }

  /**
   * Records a session change: the event's version goes up (its representation holds the session)
   * and its history gets the session's changed fields.
   */
  private Uni<Void> changed(
      Event event,
      EventAuditAction action,
      Map<String, Object> before,
      EventSession session,
      Caller caller) {
    event.updatedAt = OffsetDateTime.now(clock);
    return events
        .flush()
        .call(
            () ->
                audit.recordChanges(
                    EventRecordType.EVENT,
                    event.id.toString(),
                    event.version,
                    action,
                    caller.username(),
                    before,
                    SessionRules.snapshot(session)))
        .replaceWithVoid();
  }

  private Uni<EventSession> require(Event event, UUID sessionId) {
    return sessions
        .find(event.id, sessionId)
        .map(
            s -> {
              if (s == null) {
                throw ProblemException.notFound("No session " + sessionId + " of this event");
              }
              return s;
            });
  }

  private static ProblemException repeated() {
    return ProblemException.conflict("The event already has a session at that start and end");
  }

  private static ProblemException tooSmall(Integer confirmed) {
    String people = confirmed == null ? "the people" : "the " + confirmed + " people";
    return ProblemException.conflict(
        "The capacity cannot go below " + people + " already confirmed");
  }
}
