package org.gazetteer.readingrooms.reservation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.readingrooms.room.Closure;
import org.gazetteer.readingrooms.room.RoomSchedule;
import org.gazetteer.readingrooms.slot.ShanghaiTime;
import org.gazetteer.readingrooms.slot.Slot;
import org.gazetteer.readingrooms.slot.SlotPlan;

/**
 * Which slot a reservation asks for, and whether it can be had: it must be one of the room's slots
 * that day, not on a closure, not over, and not too far ahead. Each refusal is a 409 that says why
 * (docs/api-conventions.md). A slot that has started but not ended can still be reserved: a seat
 * released as a no-show is meant for someone else at once.
 */
final class BookingRules {

  private BookingRules() {}

  static Slot slot(
      RoomSchedule schedule,
      int slotMinutes,
      OffsetDateTime start,
      OffsetDateTime end,
      Instant now,
      int bookableDays) {
    LocalDate date = SlotPlan.dateOf(start);
    Closure closure = schedule.closureOn(date).orElse(null);
    if (closure != null) {
      String why = closure.reason() == null ? "" : " (" + closure.reason().zh() + ")";
      throw ProblemException.conflict("The room is closed on " + date + why);
    }
    List<Slot> slots = SlotPlan.of(schedule, slotMinutes, date);
    Slot slot =
        slots.stream()
            .filter(s -> s.matches(start, end))
            .findFirst()
            .orElseThrow(() -> noSuchSlot(date, slots));
    if (!slot.end().toInstant().isAfter(now)) {
      throw ProblemException.conflict("This slot is over; choose a later one");
    }
    if (slot.start().toInstant().isAfter(now.plus(Duration.ofDays(bookableDays)))) {
      throw ProblemException.conflict(
          "Seats can be reserved at most " + bookableDays + " days ahead");
    }
    return slot;
  }

  private static ProblemException noSuchSlot(LocalDate date, List<Slot> slots) {
    if (slots.isEmpty()) {
      return ProblemException.conflict("The room offers no slots on " + date);
    }
    String offered =
        slots.stream()
            .map(s -> hhmm(s.start()) + "–" + hhmm(s.end()))
            .collect(Collectors.joining(", "));
    return ProblemException.conflict(
        "Not one of the room's slots; on " + date + " they are " + offered + " (Asia/Shanghai)");
  }

  private static String hhmm(OffsetDateTime t) {
    return ShanghaiTime.hhmm(t.atZoneSameInstant(ShanghaiTime.ZONE).toLocalTime());
  }
}
