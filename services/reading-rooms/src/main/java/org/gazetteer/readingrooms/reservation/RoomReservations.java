package org.gazetteer.readingrooms.reservation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.readingrooms.room.ReadingRoomService;
import org.gazetteer.readingrooms.slot.ShanghaiTime;

/**
 * A room's reservations of a day, for the desk: visitors and states, without check-in codes (the
 * visitor shows the code). Staff of the room's institution and admins only.
 */
@ApplicationScoped
public class RoomReservations {

  private final ReservationRepository reservations;
  private final ReadingRoomService rooms;
  private final Clock clock;

  RoomReservations(ReservationRepository reservations, ReadingRoomService rooms, Clock clock) {
    this.reservations = reservations;
    this.rooms = rooms;
    this.clock = clock;
  }

  /** The day's reservations of {@code room} in slot order; today (Asia/Shanghai) when null. */
  @WithSession
  public Uni<Page<ReservationResponse>> day(
      String room, LocalDate date, Caller caller, String cursor, int limit) {
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    OffsetDateTime from = day.atStartOfDay(ShanghaiTime.ZONE).toOffsetDateTime();
    OffsetDateTime to = day.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toOffsetDateTime();
    Cursor after = Cursor.decode(cursor, 2);
    return rooms
        .require(room)
        .invoke(
            r ->
                caller.requireInternalRead(
                    "A room's desk list", r.institution(), Roles.READING_ROOM_STAFF))
        .flatMap(r -> reservations.ofRoom(room, from, to, after, limit + 1))
        .map(
            rows ->
                Page.of(
                    rows,
                    limit,
                    r -> ReservationMapper.toResponse(r, false),
                    r -> Cursor.of(r.startsAt, r.id)));
  }
}
