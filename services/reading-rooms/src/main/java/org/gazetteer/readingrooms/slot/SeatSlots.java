package org.gazetteer.readingrooms.slot;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The booked-seat counter of each slot, one row per room and slot start (table seat_slot). This is
 * where capacity holds under any concurrency: a seat is taken by one conditional upsert that raises
 * the count only while it is below the room's seats, and the row lock it takes makes concurrent
 * bookings of a slot wait for each other. Called inside the caller's transaction.
 */
@ApplicationScoped
public class SeatSlots {

  private static final String TAKE =
      "INSERT INTO seat_slot AS s (room_code, starts_at, ends_at, seats, booked)"
          + " VALUES (:room, :start, :end, :seats, 1)"
          + " ON CONFLICT (room_code, starts_at) DO UPDATE"
          + " SET booked = s.booked + 1, seats = EXCLUDED.seats"
          + " WHERE s.booked < EXCLUDED.seats";

  /** Takes one seat of the slot; false when the slot is full. */
  public Uni<Boolean> take(String room, Slot slot, int seats) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(TAKE)
                    .setParameter("room", room)
                    .setParameter("start", slot.start())
                    .setParameter("end", slot.end())
                    .setParameter("seats", seats)
                    .executeUpdate())
        .map(rows -> rows == 1);
  }

  /**
   * Whether the slot is already full, read without a lock. Only a shortcut: once a slot is full,
   * further attempts are refused here instead of queueing for the counter row's lock; a seat freed
   * meanwhile is found by the next attempt, and {@link #take} alone decides who gets a seat.
   */
  public Uni<Boolean> full(String room, Slot slot, int seats) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM seat_slot WHERE room_code = :room"
                            + " AND starts_at = :start AND booked >= :seats",
                        Long.class)
                    .setParameter("room", room)
                    .setParameter("start", slot.start())
                    .setParameter("seats", seats)
                    .getSingleResult())
        .map(n -> n > 0);
  }

  /** Gives one seat of the slot back, for a cancellation. */
  public Uni<Void> giveBack(String room, OffsetDateTime start) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "UPDATE seat_slot SET booked = booked - 1"
                            + " WHERE room_code = :room AND starts_at = :start")
                    .setParameter("room", room)
                    .setParameter("start", start)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Booked seats by slot start, for slots of {@code room} starting in [from, to). */
  public Uni<Map<Instant, Integer>> booked(String room, OffsetDateTime from, OffsetDateTime to) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(
                        "SELECT CAST(extract(epoch FROM starts_at) AS bigint), booked"
                            + " FROM seat_slot WHERE room_code = :room"
                            + " AND starts_at >= :from AND starts_at < :to",
                        Object[].class)
                    .setParameter("room", room)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList())
        .map(SeatSlots::byStart);
  }

  private static Map<Instant, Integer> byStart(List<Object[]> rows) {
    Map<Instant, Integer> booked = new HashMap<>();
    for (Object[] row : rows) {
      booked.put(
          Instant.ofEpochSecond(((Number) row[0]).longValue()), ((Number) row[1]).intValue());
    }
    return booked;
  }
}
