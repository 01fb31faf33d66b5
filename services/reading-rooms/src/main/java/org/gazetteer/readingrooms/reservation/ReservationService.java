package org.gazetteer.readingrooms.reservation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.CheckInCodes;
import org.gazetteer.readingrooms.config.ReservationsConfig;
import org.gazetteer.readingrooms.config.SlotsConfig;
import org.gazetteer.readingrooms.room.ReadingRoom;
import org.gazetteer.readingrooms.room.ReadingRoomService;
import org.gazetteer.readingrooms.slot.SeatSlots;
import org.gazetteer.readingrooms.slot.Slot;

/**
 * Reserving seats. Every rule that must hold under concurrency is decided by the database: the
 * slot's seats by a conditional upsert of its counter, the per-visitor limits under a lock held by
 * the visitor's transaction, and overlapping reservations by an exclusion constraint.
 */
@ApplicationScoped
public class ReservationService {

  static final String NO_OVERLAP = "reservation_visitor_no_overlap";

  private final ReservationRepository reservations;
  private final ReservationAccess access;
  private final ReadingRoomService rooms;
  private final SeatSlots seats;
  private final ReservationsConfig config;
  private final SlotsConfig slots;
  private final Clock clock;

  ReservationService(
      ReservationRepository reservations,
      ReservationAccess access,
      ReadingRoomService rooms,
      SeatSlots seats,
      ReservationsConfig config,
      SlotsConfig slots,
      Clock clock) {
    this.reservations = reservations;
    this.access = access;
    this.rooms = rooms;
    this.seats = seats;
    this.config = config;
    this.slots = slots;
    this.clock = clock;
  }

  /**
   * Reserves a seat for the caller. {@code keep} runs in the same transaction with the response, so
   * that an idempotency key's stored answer commits with the reservation it reports.
   */
  @WithTransaction
  public Uni<ReservationResponse> reserve(
      ReservationRequest request, Caller caller, Function<ReservationResponse, Uni<Void>> keep) {
    caller.requireLogin("Reserving a seat");
    if (!request.end().isAfter(request.start())) {
      throw ProblemException.invalid("end", "must be after start");
    }
    Instant now = clock.instant();
    return rooms
        .find(request.room())
        .map(room -> slotOf(room, request, now))
        .call(this::refuseIfFull)
        .call(booking -> reservations.lockVisitor(caller.username()))
        .call(booking -> checkLimits(caller.username(), booking.slot(), now))
        .call(this::takeSeat)
        .flatMap(booking -> persist(booking, caller.username()))
        .onFailure(e -> Failures.violated(e, NO_OVERLAP))
        .transform(e -> ProblemException.conflict("You already hold a seat at this time"))
        .map(r -> ReservationMapper.toResponse(r, true))
        .call(keep::apply);
  }

  @WithSession
  public Uni<ReservationResponse> get(UUID id, Caller caller) {
    return reservations
        .findById(id)
        .flatMap(r -> access.visible(r, caller))
        .map(r -> ReservationMapper.toResponse(r, r.visitor.equals(caller.username())));
  }

  /** The caller's own reservations, latest slot first. */
  @WithSession
  public Uni<Page<ReservationResponse>> mine(Caller caller, String cursor, int limit) {
    caller.requireLogin("Listing your reservations");
    return reservations
        .ofVisitor(caller.username(), Cursor.decode(cursor, 2), limit + 1)
        .map(
            rows ->
                Page.of(
                    rows,
                    limit,
                    r -> ReservationMapper.toResponse(r, true),
                    r -> Cursor.of(r.startsAt, r.id)));
  }

  private record Booking(ReadingRoom room, Slot slot) {}

  private Booking slotOf(ReadingRoom room, ReservationRequest request, Instant now) {
    if (room == null) {
      throw ProblemException.unprocessable("No reading room with code " + request.room());
    }
    if (!room.isActive()) {
      throw ProblemException.unprocessable("The reading room " + room.code() + " is closed");
    }
    Slot slot =
        BookingRules.slot(
            room.schedule(),
            room.slotMinutes(),
            request.start(),
            request.end(),
            now,
            slots.bookableDays());
    return new Booking(room, slot);
  }

  private Uni<Void> checkLimits(String visitor, Slot slot, Instant now) {
    return reservations
        .holdings(visitor, slot.start(), slot.end(), now)
        .invoke(
            held -> {
              if (held.overlapping() > 0) {
                throw ProblemException.conflict("You already hold a seat at this time");
              }
              if (held.active() >= config.maxActive()) {
                throw ProblemException.conflict(
                    "You already hold "
                        + held.active()
                        + " reservations, the most one visitor may hold; cancel one first");
              }
            })
        .replaceWithVoid();
  }

  private Uni<Void> refuseIfFull(Booking booking) {
    return seats
        .full(booking.room().code(), booking.slot(), booking.room().seats())
        .invoke(
            full -> {
              if (full) {
                throw fullSlot();
              }
            })
        .replaceWithVoid();
  }

  private static ProblemException fullSlot() {
    return ProblemException.conflict("This slot is full; every seat is reserved");
  }

  private Uni<Void> takeSeat(Booking booking) {
    return seats
        .take(booking.room().code(), booking.slot(), booking.room().seats())
        .invoke(
            taken -> {
              if (!taken) {
                throw fullSlot();
              }
            })
        .replaceWithVoid();
  }

  private Uni<Reservation> persist(Booking booking, String visitor) {
    Reservation r = new Reservation();
    r.id = UUID.randomUUID();
    r.roomCode = booking.room().code();
    r.startsAt = booking.slot().start();
    r.endsAt = booking.slot().end();
    r.visitor = visitor;
    r.status = ReservationStatus.CONFIRMED;
    r.checkInCode = CheckInCodes.next(6);
    return reservations.persistAndFlush(r);
  }
}
