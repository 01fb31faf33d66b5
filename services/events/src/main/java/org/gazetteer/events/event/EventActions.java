package org.gazetteer.events.event;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.audit.FieldChange;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.events.audit.EventAuditAction;
import org.gazetteer.events.audit.EventRecordType;
import org.gazetteer.events.session.SessionRepository;
import org.gazetteer.events.session.SessionStatus;

/**
 * Publishing and cancelling. Cancelling an event cancels all its sessions and every registration
 * with reason {@code EVENT_CANCELLED}, in one transaction, and notifies nobody; the event stays
 * public, marked cancelled, so that calendars drop it.
 */
@ApplicationScoped
public class EventActions {

  /** Why a session or registration was cancelled along with its event. */
  public static final String EVENT_CANCELLED = "EVENT_CANCELLED";

  private final EventAccess access;
  private final SessionRepository sessions;
  private final EventRepository events;
  private final AuditTrail audit;
  private final Clock clock;

  EventActions(
      EventAccess access,
      SessionRepository sessions,
      EventRepository events,
      AuditTrail audit,
      Clock clock) {
    this.access = access;
    this.sessions = sessions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** Runs the action; an {@code If-Match}, when sent, must name the current version. */
  @WithTransaction
  public Uni<EventResponse> act(
      UUID id, EventAction action, String reason, String ifMatch, Caller caller) {
    return access
        .writable(id, caller)
        .flatMap(
            event -> {
              if (ifMatch != null) {
                Versions.check(ifMatch, event.version);
              }
              EventStatus was = event.status;
              Uni<Void> change =
                  switch (action) {
                    case PUBLISH -> publish(event);
                    case CANCEL -> cancel(event, reason);
                  };
              return change
                  .call(events::flush)
                  .call(
                      () ->
                          audit.record(
                              EventRecordType.EVENT,
                              event.id.toString(),
                              event.version,
                              action == EventAction.PUBLISH
                                  ? EventAuditAction.PUBLISH
                                  : EventAuditAction.CANCEL,
                              caller.username(),
                              Map.of("status", new FieldChange(was.name(), event.status.name())),
                              reason))
                  .replaceWith(event);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .flatMap(event -> access.respond(event, caller));
  }

  private Uni<Void> publish(Event event) {
    if (event.status != EventStatus.DRAFT) {
      throw wrongState(event, "publish");
    }
    return sessions
        .count("eventId = ?1 and status = ?2", event.id, SessionStatus.SCHEDULED)
        .invoke(
            scheduled -> {
              if (scheduled == 0) {
                throw ProblemException.conflict("An event is published with at least one session");
              }
              event.status = EventStatus.PUBLISHED;
              event.publishedAt = OffsetDateTime.now(clock);
            })
        .replaceWithVoid();
  }

  private Uni<Void> cancel(Event event, String reason) {
    if (event.status == EventStatus.CANCELLED) {
      throw wrongState(event, "cancel");
    }
    event.status = EventStatus.CANCELLED;
    event.cancelReason = reason;
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "UPDATE registration SET status = 'CANCELLED', cancel_reason = :why,"
                            + " cancelled_at = now(), updated_at = now(), version = version + 1"
                            + " WHERE event_id = :event AND status <> 'CANCELLED'")
                    .setParameter("why", EVENT_CANCELLED)
                    .setParameter("event", event.id)
                    .executeUpdate()
                    .chain(
                        () ->
                            s.createNativeQuery(
                                    "UPDATE event_session SET status = 'CANCELLED',"
                                        + " cancel_reason = :why, confirmed = 0,"
                                        + " updated_at = now(), version = version + 1"
                                        + " WHERE event_id = :event AND status = 'SCHEDULED'")
                                .setParameter("why", EVENT_CANCELLED)
                                .setParameter("event", event.id)
                                .executeUpdate()))
        .replaceWithVoid();
  }

  private static ProblemException wrongState(Event event, String action) {
    String allowed =
        switch (event.status) {
          case DRAFT -> "publish, cancel";
          case PUBLISHED -> "cancel";
          case CANCELLED -> "none";
        };
    return ProblemException.conflict(
        "Cannot " + action + " an event that is " + event.status + "; allowed: " + allowed);
  }
}
