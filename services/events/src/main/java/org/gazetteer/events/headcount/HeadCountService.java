package org.gazetteer.events.headcount;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.events.audit.EventAuditAction;
import org.gazetteer.events.audit.EventRecordType;
import org.gazetteer.events.event.Event;
import org.gazetteer.events.event.EventAccess;
import org.gazetteer.events.event.EventStatus;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionRepository;
import org.gazetteer.events.session.SessionStatus;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Head counts of outreach without tickets: per session, audience and channel, kept apart from
 * registrations and check-ins. Recorded by the event's organizers (a PUT replaces a session's
 * counts) and read by them and admins; changes are in the event's history.
 */
@ApplicationScoped
public class HeadCountService {

  private final EventAccess access;
  private final SessionRepository sessions;
  private final AuditTrail audit;

  HeadCountService(EventAccess access, SessionRepository sessions, AuditTrail audit) {
    this.access = access;
    this.sessions = sessions;
    this.audit = audit;
  }

  @WithSession
  public Uni<HeadCounts> get(UUID eventId, UUID sessionId, Caller caller) {
    return access
        .visible(eventId, caller)
        .invoke(e -> caller.requireInternalRead("Head counts", e.organizer, Roles.EVENT_ORGANIZER))
        .flatMap(e -> require(e, sessionId))
        .flatMap(s -> Panache.getSession().flatMap(db -> read(db, s.id)))
        .map(HeadCounts::new);
  }

  /** Replaces a session's head counts; the event must be published and the session scheduled. */
  @WithTransaction
  public Uni<HeadCounts> replace(UUID eventId, UUID sessionId, HeadCounts body, Caller caller) {
    refuseRepeats(body.counts());
    return access
        .writable(eventId, caller)
        .invoke(
            e -> {
              if (e.status != EventStatus.PUBLISHED) {
                throw ProblemException.conflict(
                    "Head counts are recorded for published events; this one is " + e.status);
              }
            })
        .flatMap(
            e ->
                require(e, sessionId)
                    .invoke(
                        s -> {
                          if (s.status != SessionStatus.SCHEDULED) {
                            throw ProblemException.conflict("The session is cancelled");
                          }
                        })
                    .flatMap(
                        s ->
                            Panache.getSession()
                                .flatMap(db -> write(db, e, s, body.counts(), caller))));
  }

  private Uni<HeadCounts> write(
      Mutiny.Session db, Event e, EventSession s, List<HeadCount> counts, Caller caller) {
    return read(db, s.id)
        .flatMap(
            before -> {
              Uni<Integer> chain =
                  db.createNativeQuery("DELETE FROM head_count WHERE session_id = :s")
                      .setParameter("s", s.id)
                      .executeUpdate();
              for (HeadCount c : counts) {
                chain =
                    chain.chain(
                        () ->
                            db.createNativeQuery(
                                    "INSERT INTO head_count (session_id, audience, channel, people,"
                                        + " recorded_by) VALUES (:s, :audience, :channel, :people,"
                                        + " :by)")
                                .setParameter("s", s.id)
                                .setParameter("audience", c.audience().name())
                                .setParameter("channel", c.channel().name())
                                .setParameter("people", c.people())
                                .setParameter("by", caller.username())
                                .executeUpdate());
              }
              return chain
                  .call(
                      () ->
                          audit.recordChanges(
                              EventRecordType.EVENT,
                              e.id.toString(),
                              e.version,
                              EventAuditAction.HEAD_COUNT,
                              caller.username(),
                              snapshot(s.id, before),
                              snapshot(s.id, counts)))
                  .replaceWith(new HeadCounts(List.copyOf(counts)));
            });
  }

  private static Uni<List<HeadCount>> read(Mutiny.Session db, UUID sessionId) {
    return db.createNativeQuery(
            "SELECT audience, channel, people FROM head_count WHERE session_id = :s"
                + " ORDER BY audience, channel",
            Object[].class)
        .setParameter("s", sessionId)
        .getResultList()
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new HeadCount(
                                Audience.valueOf((String) r[0]),
                                Channel.valueOf((String) r[1]),
                                ((Number) r[2]).intValue()))
                    .toList());
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

  private static void refuseRepeats(List<HeadCount> counts) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      HeadCount c = counts.get(i);
      Integer earlier = seen.putIfAbsent(c.audience() + "/" + c.channel(), i);
      if (earlier != null) {
        errors.add(
            new FieldError(
                "counts[" + i + "]",
                "repeats counts[" + earlier + "] (same audience and channel)"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Repeated head counts", errors, Map.of());
    }
  }

  private static Map<String, Object> snapshot(UUID sessionId, List<HeadCount> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (HeadCount c : counts) {
      m.put(
          "sessions." + sessionId + ".headCounts." + c.audience() + "." + c.channel(), c.people());
    }
    return m;
  }
}
