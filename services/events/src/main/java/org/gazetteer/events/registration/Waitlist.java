package org.gazetteer.events.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A session's places and waitlist, changed only with the session's row locked ({@link #lock}), so
 * that registrations, cancellations and promotions of one session happen one after another while
 * other sessions go on in parallel.
 *
 * <p>The promotion rule: when places free up, the waiting parties are offered them in the order
 * they registered, and each party that fits the places still free is confirmed — repeatedly, so a
 * party of four that does not fit keeps its position while the party of two behind it, which fits,
 * moves up. A party is never split.
 */
@ApplicationScoped
public class Waitlist {

  private static final String LOCK =
      "SELECT s.capacity, s.confirmed, s.status, s.starts_at, s.ends_at, e.status, e.organizer,"
          + " CAST(e.id AS text)"
          + " FROM event_session s JOIN event e ON e.id = s.event_id"
          + " WHERE s.id = :id FOR UPDATE OF s";

  /** The session as locked for a change of its places. */
  public record Locked(
      UUID id,
      UUID eventId,
      int capacity,
      int confirmed,
      String status,
      java.time.OffsetDateTime startsAt,
      java.time.OffsetDateTime endsAt,
      String eventStatus,
      String organizer) {

    int free() {
      return Math.max(0, capacity - confirmed);
    }
  }

  /** Locks the session's row until the transaction ends; null when there is no such session. */
  public Uni<Locked> lock(UUID sessionId) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(LOCK, Object[].class)
                    .setParameter("id", sessionId)
                    .getResultList())
        .map(
            rows -> {
              if (rows.isEmpty()) {
                return null;
              }
              Object[] r = rows.get(0);
              return new Locked(
                  sessionId,
                  UUID.fromString((String) r[7]),
                  ((Number) r[0]).intValue(),
                  ((Number) r[1]).intValue(),
                  (String) r[2],
                  (java.time.OffsetDateTime) r[3],
                  (java.time.OffsetDateTime) r[4],
                  (String) r[5],
                  (String) r[6]);
            });
  }

  /** Adds (or with a negative number removes) confirmed people to the locked session. */
  Uni<Void> confirm(UUID sessionId, int people) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "UPDATE event_session SET confirmed = confirmed + :people WHERE id = :id")
                    .setParameter("people", people)
                    .setParameter("id", sessionId)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /**
   * Confirms waiting parties of the locked session, in line order, each that fits the places still
   * free. Emits how many parties moved up.
   */
  public Uni<Integer> promote(UUID sessionId) {
    return lock(sessionId)
        .flatMap(
            session -> {
              if (session == null || !"SCHEDULED".equals(session.status()) || session.free() == 0) {
                return Uni.createFrom().item(0);
              }
              return Panache.getSession().flatMap(db -> promote(db, session));
            });
  }

  private Uni<Integer> promote(Mutiny.Session db, Locked session) {
    return db.createNativeQuery(
            "SELECT CAST(id AS text), party FROM registration WHERE session_id = :id"
                + " AND status = 'WAITLISTED' AND party <= :free ORDER BY queue_no",
            Object[].class)
        .setParameter("id", session.id())
        .setParameter("free", session.free())
        .getResultList()
        .flatMap(
            waiting -> {
              int free = session.free();
              List<UUID> moved = new ArrayList<>();
              int people = 0;
              for (Object[] row : waiting) {
                int party = ((Number) row[1]).intValue();
                if (party <= free) {
                  moved.add(UUID.fromString((String) row[0]));
                  free -= party;
                  people += party;
                }
                if (free == 0) {
                  break;
                }
              }
              if (moved.isEmpty()) {
                return Uni.createFrom().item(0);
              }
              int promotedPeople = people;
              return db.createNativeQuery(
                      "UPDATE registration SET status = 'CONFIRMED', promoted_at = now(),"
                          + " updated_at = now(), version = version + 1 WHERE id IN (:ids)")
                  .setParameter("ids", moved)
                  .executeUpdate()
                  .call(() -> confirm(session.id(), promotedPeople))
                  .replaceWith(moved.size());
            });
  }
}
