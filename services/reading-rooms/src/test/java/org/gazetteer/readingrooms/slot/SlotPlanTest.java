package org.gazetteer.readingrooms.slot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.time.Weekday;
import org.gazetteer.readingrooms.room.Closure;
import org.gazetteer.readingrooms.room.RoomSchedule;
import org.junit.jupiter.api.Test;

class SlotPlanTest {

  // 2026-12-01 is a Tuesday.
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  private static RoomSchedule schedule(List<OpeningHours> hours, List<Closure> closures) {
    return new RoomSchedule(hours, closures);
  }

  private static List<String> starts(List<Slot> slots) {
    return slots.stream().map(s -> s.start().toString()).toList();
  }

  @Test
  void slotsAreCutFromEachRangeFromTheTimeItOpens() {
    RoomSchedule s =
        schedule(
            List.of(
                new OpeningHours(List.of(Weekday.TUE), "14:00", "17:30"),
                new OpeningHours(List.of(Weekday.TUE, Weekday.WED), "08:30", "12:00")),
            List.of());
    List<Slot> slots = SlotPlan.of(s, 90, TUESDAY);
    assertEquals(
        List.of(
            "2026-12-01T08:30+08:00",
            "2026-12-01T10:00+08:00",
            "2026-12-01T14:00+08:00",
            "2026-12-01T15:30+08:00"),
        starts(slots));
    assertEquals(OffsetDateTime.parse("2026-12-01T11:30+08:00"), slots.get(1).end());
  }

  @Test
  void aRangeEndingAtMidnightGivesItsLastSlot() {
    RoomSchedule s =
        schedule(List.of(new OpeningHours(List.of(Weekday.TUE), "20:00", "24:00")), List.of());
    List<Slot> slots = SlotPlan.of(s, 120, TUESDAY);
    assertEquals(2, slots.size());
    assertEquals(OffsetDateTime.parse("2026-12-02T00:00+08:00"), slots.get(1).end());
  }

  @Test
  void closedDaysAndClosuresHaveNoSlots() {
    RoomSchedule s =
        schedule(
            List.of(new OpeningHours(List.of(Weekday.WED), "09:00", "17:00")),
            List.of(new Closure("2026-12-02", "2026-12-03", new LocalizedText("检修", null))));
    assertTrue(SlotPlan.of(s, 120, TUESDAY).isEmpty());
    assertTrue(SlotPlan.of(s, 120, TUESDAY.plusDays(1)).isEmpty());
    assertEquals(4, SlotPlan.of(s, 120, TUESDAY.plusDays(8)).size());
  }

  @Test
  void aSlotMatchesTheSameInstantsInAnyOffset() {
    Slot slot =
        new Slot(
            OffsetDateTime.parse("2026-12-01T09:00+08:00"),
            OffsetDateTime.parse("2026-12-01T11:00+08:00"));
    assertTrue(
        slot.matches(
            OffsetDateTime.parse("2026-12-01T01:00Z"), OffsetDateTime.parse("2026-12-01T03:00Z")));
  }
}
