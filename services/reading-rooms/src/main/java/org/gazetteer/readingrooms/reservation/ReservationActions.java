package org.gazetteer.readingrooms.reservation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.readingrooms.config.ReservationsConfig;
import org.gazetteer.readingrooms.room.ReadingRoomService;
import org.gazetteer.readingrooms.slot.SeatSlots;

/**
 * The actions on a reservation (docs/api-conventions.md): the visitor cancels before the slot
 * starts, staff of the room's institution check the visitor in with the code. The reservation row
 * is locked (FOR UPDATE) first, so an action and the no-show release never both win.
 */
@ApplicationScoped
public class ReservationActions {

  private final ReservationRepository reservations;
  private final ReservationAccess access;
  private final ReadingRoomService rooms;
  private final SeatSlots seats;
  private final ReservationsConfig config;
  private final Clock clock;

  ReservationActions(
      ReservationRepository reservations,
      ReservationAccess access,
      ReadingRoomService rooms,
      SeatSlots seats,
      ReservationsConfig config,
      Clock clock) {
    this.reservations = reservations;
    this.access = access;
    this.rooms = rooms;
    this.seats = seats;
    this.config = config;
    this.clock = clock;
  }

  /** Cancels the caller's own reservation before its slot starts, and frees the seat. */
  @WithTransaction
  public Uni<ReservationResponse> cancel(UUID id, String reason, Caller caller) {
    Instant now = clock.instant();
    return reservations
        .lock(id)
        .flatMap(r -> access.visible(r, caller))
        .invoke(
            r -> {
              if (!r.visitor.equals(caller.username())) {
                throw ProblemException.forbidden("Only the visitor cancels a reservation");
              }
              requireConfirmed(r);
              if (!r.startsAt.toInstant().isAfter(now)) {
                throw ProblemException.conflict(
                    "The slot has started; it can no longer be cancelled");
              }
              r.status = ReservationStatus.CANCELLED;
              r.cancelledAt = now.atOffset(ZoneOffset.UTC);
              r.cancelReason = reason;
            })
        .call(r -> reservations.flush())
        .call(r -> seats.giveBack(r.roomCode, r.startsAt))
        .map(r -> ReservationMapper.toResponse(r, true));
  }

  /**
   * Checks the visitor in: staff of the room's institution (or admins), with the visitor's code,
   * from {@code check-in-opens-before} ahead of the slot until it ends.
   */
  @WithTransaction
  public Uni<ReservationResponse> checkIn(UUID id, String code, Caller caller) {
    Instant now = clock.instant();
    return reservations
        .lock(id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No such reservation"))
        .call(
            r ->
                rooms
                    .require(r.roomCode)
                    .invoke(
                        room -> caller.requireWrite(Roles.READING_ROOM_STAFF, room.institution())))
        .invoke(
            r -> {
              requireConfirmed(r);
              if (!r.checkInCode.equals(code.strip().toUpperCase(Locale.ROOT))) {
                throw ProblemException.conflict("The code does not match this reservation");
              }
              requireWindow(r, now);
              r.status = ReservationStatus.CHECKED_IN;
              r.checkedInAt = now.atOffset(ZoneOffset.UTC);
            })
        .call(r -> reservations.flush())
        .map(r -> ReservationMapper.toResponse(r, false));
  }

  private void requireWindow(Reservation r, Instant now) {
    OffsetDateTime opens = r.startsAt.minus(config.checkInOpensBefore());
    if (now.isBefore(opens.toInstant())) {
      throw ProblemException.conflict(
          "Check-in opens " + config.checkInOpensBefore().toMinutes() + " minutes before the slot");
    }
    if (!now.isBefore(r.endsAt.toInstant())) {
      throw ProblemException.conflict("The slot is over");
    }
  }

  private static void requireConfirmed(Reservation r) {
    switch (r.status) {
      case CONFIRMED -> {}
      case CANCELLED -> throw ProblemException.conflict("The reservation was cancelled");
      case CHECKED_IN -> throw ProblemException.conflict("The visitor is already checked in");
      case NO_SHOW ->
          throw ProblemException.conflict(
              "The seat was released: the visitor did not come in time");
    }
  }
}
