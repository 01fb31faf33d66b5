package org.gazetteer.readingrooms.reservation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;

/** Reservation queries, and the per-visitor lock that makes the per-user limits race-free. */
@ApplicationScoped
class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

  /** What a visitor holds: active reservations, and how many overlap a given slot. */
  record Holdings(long active, long overlapping) {}

  /**
   * Serialises the bookings of one visitor until the transaction ends, so that two concurrent
   * requests of the same visitor cannot both pass the limits (a transaction-scoped advisory lock).
   */
  Uni<Void> lockVisitor(String visitor) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock("
                            + "hashtextextended('reservation-visitor:' || :visitor, 0))) l",
                        Long.class)
                    .setParameter("visitor", visitor)
                    .getSingleResult())
        .replaceWithVoid();
  }

  /** The visitor's active reservations, and those of them that overlap [start, end). */
  Uni<Holdings> holdings(String visitor, OffsetDateTime start, OffsetDateTime end, Instant now) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),"
                            + " count(*) FILTER (WHERE starts_at < :end AND ends_at > :start)"
                            + " FROM reservation WHERE visitor = :visitor"
                            + " AND status IN ('CONFIRMED', 'CHECKED_IN') AND ends_at > :now",
                        Object[].class)
                    .setParameter("visitor", visitor)
                    .setParameter("start", start)
                    .setParameter("end", end)
                    .setParameter("now", now.atOffset(ZoneOffset.UTC))
                    .getSingleResult())
        .map(row -> new Holdings(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }

  /** The reservation, locked for this transaction (SELECT … FOR UPDATE), or null. */
  Uni<Reservation> lock(UUID id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** One page of a visitor's reservations, latest slot first. */
  Uni<List<Reservation>> ofVisitor(String visitor, Cursor after, int rows) {
    if (after == null) {
      return find("visitor = ?1 order by startsAt desc, id desc", visitor)
          .range(0, rows - 1)
          .list();
    }
    return find(
            "visitor = ?1 and (startsAt < ?2 or (startsAt = ?2 and id < ?3))"
                + " order by startsAt desc, id desc",
            visitor,
            after.timestamp(0),
            after.uuid(1))
        .range(0, rows - 1)
        .list();
  }

  /** One page of a room's reservations starting in [from, to), in time order. */
  Uni<List<Reservation>> ofRoom(
      String room, OffsetDateTime from, OffsetDateTime to, Cursor after, int rows) {
    if (after == null) {
      return find(
              "roomCode = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, id",
              room,
              from,
              to)
          .range(0, rows - 1)
          .list();
    }
    return find(
            "roomCode = ?1 and startsAt >= ?2 and startsAt < ?3"
                + " and (startsAt > ?4 or (startsAt = ?4 and id > ?5)) order by startsAt, id",
            room,
            from,
            to,
            after.timestamp(0),
            after.uuid(1))
        .range(0, rows - 1)
        .list();
  }
}
