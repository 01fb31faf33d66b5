package org.gazetteer.readingrooms.slot;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.readingrooms.room.Closure;
import org.gazetteer.readingrooms.room.ReadingRoom;
import org.gazetteer.readingrooms.room.ReadingRoomService;

/** A room's slots of a day with their free seats, read from the slot counters. */
@ApplicationScoped
public class SlotService {

  private final ReadingRoomService rooms;
  private final SeatSlots seats;
  private final Clock clock;

  SlotService(ReadingRoomService rooms, SeatSlots seats, Clock clock) {
    this.rooms = rooms;
    this.seats = seats;
    this.clock = clock;
  }

  /** The slots of {@code date}; today in Asia/Shanghai when null. */
  @WithSession
  public Uni<DaySlots> day(String code, LocalDate date) {
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    return rooms.require(code).flatMap(room -> day(room, day));
  }

  private Uni<DaySlots> day(ReadingRoom room, LocalDate day) {
    Closure closure = room.schedule().closureOn(day).orElse(null);
    List<Slot> plan = SlotPlan.of(room.schedule(), room.slotMinutes(), day);
    if (plan.isEmpty()) {
      return Uni.createFrom()
          .item(new DaySlots(room.code(), day, closure != null, reason(closure), List.of()));
    }
    OffsetDateTime from = plan.get(0).start();
    OffsetDateTime to = plan.get(plan.size() - 1).end();
    Instant now = clock.instant();
    return seats
        .booked(room.code(), from, to)
        .map(
            booked ->
                new DaySlots(
                    room.code(),
                    day,
                    false,
                    null,
                    plan.stream().map(s -> response(room, s, booked, now)).toList()));
  }

  private static SlotResponse response(
      ReadingRoom room, Slot slot, Map<Instant, Integer> booked, Instant now) {
    int taken = booked.getOrDefault(slot.start().toInstant(), 0);
    boolean open = room.isActive() && slot.end().toInstant().isAfter(now);
    return new SlotResponse(
        slot.start(), slot.end(), room.seats(), Math.max(0, room.seats() - taken), open);
  }

  private static LocalizedText reason(Closure closure) {
    return closure == null ? null : closure.reason();
  }
}
