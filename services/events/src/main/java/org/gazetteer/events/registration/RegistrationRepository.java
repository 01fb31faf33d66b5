package org.gazetteer.events.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;

/** Registration queries. */
@ApplicationScoped
class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

  /** A person's registrations, latest first, after the cursor's row. */
  Uni<List<Registration>> mine(String registrant, Cursor after, int rows) {
    if (after == null) {
      return find("registrant = ?1 order by createdAt desc, id desc", registrant)
          .range(0, rows - 1)
          .list();
    }
    return find(
            "registrant = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                + " order by createdAt desc, id desc",
            registrant,
            after.timestamp(0),
            after.uuid(1))
        .range(0, rows - 1)
        .list();
  }

  /** The open registration of a session with this check-in code, or null. */
  Uni<Registration> byCode(UUID sessionId, String code) {
    return find(
            "sessionId = ?1 and checkInCode = ?2 and status <> ?3",
            sessionId,
            code,
            RegistrationStatus.CANCELLED)
        .firstResult();
  }

  /** A session's registrations in line order (the order they came in), after a queue number. */
  Uni<List<Registration>> ofSession(UUID sessionId, long afterQueue, int rows) {
    return find("sessionId = ?1 and queueNo > ?2 order by queueNo", sessionId, afterQueue)
        .range(0, rows - 1)
        .list();
  }

  /** The waitlist position of each waitlisted registration among {@code rows}. */
  Uni<Map<UUID, Integer>> positions(List<Registration> rows) {
    List<UUID> waiting =
        rows.stream()
            .filter(r -> r.status == RegistrationStatus.WAITLISTED)
            .map(r -> r.id)
            .toList();
    if (waiting.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    String sql =
        "SELECT CAST(r.id AS text), (SELECT count(*) FROM registration w"
            + " WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED'"
            + " AND w.queue_no <= r.queue_no) FROM registration r WHERE r.id IN (:ids)";
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(sql, Object[].class)
                    .setParameter("ids", waiting)
                    .getResultList())
        .map(
            found -> {
              Map<UUID, Integer> positions = new HashMap<>();
              for (Object[] row : found) {
                positions.put(UUID.fromString((String) row[0]), ((Number) row[1]).intValue());
              }
              return positions;
            });
  }

  /** The start of each session of {@code rows}. */
  Uni<Map<UUID, OffsetDateTime>> starts(List<Registration> rows) {
    List<UUID> sessions = rows.stream().map(r -> r.sessionId).distinct().toList();
    if (sessions.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT CAST(id AS text), starts_at FROM event_session WHERE id IN (:ids)",
                        Object[].class)
                    .setParameter("ids", sessions)
                    .getResultList())
        .map(
            found -> {
              Map<UUID, OffsetDateTime> starts = new HashMap<>();
              for (Object[] row : found) {
                starts.put(UUID.fromString((String) row[0]), (OffsetDateTime) row[1]);
              }
              return starts;
            });
  }

  /** The organizing institution of an event, or null when there is none. */
  Uni<String> organizerOf(UUID eventId) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery("SELECT organizer FROM event WHERE id = :id", String.class)
                    .setParameter("id", eventId)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }

  /** The organizer of the event that has this session, or null when the pair does not exist. */
  Uni<String> organizerOf(UUID eventId, UUID sessionId) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT e.organizer FROM event e JOIN event_session s ON s.event_id = e.id"
                            + " WHERE e.id = :event AND s.id = :session",
                        String.class)
                    .setParameter("event", eventId)
                    .setParameter("session", sessionId)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }
}
