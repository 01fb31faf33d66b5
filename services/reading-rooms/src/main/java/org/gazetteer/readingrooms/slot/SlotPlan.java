package org.gazetteer.readingrooms.slot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.time.Weekday;
import org.gazetteer.readingrooms.room.RoomSchedule;

/**
 * The fixed slots of a room on a day (docs/api-conventions.md): each opening range of that weekday
 * is cut into slots of the room's length from the time it opens; a remainder shorter than a slot is
 * not offered. A day with a dated closure has no slots.
 */
public final class SlotPlan {

  private SlotPlan() {}

  /** The slots of {@code date} (in Asia/Shanghai), in time order. */
  public static List<Slot> of(RoomSchedule schedule, int slotMinutes, LocalDate date) {
    if (schedule.closureOn(date).isPresent()) {
      return List.of();
    }
    Weekday day = Weekday.of(date.getDayOfWeek());
    List<OpeningHours> ranges =
        schedule.weekly().stream()
            .filter(h -> h.days().contains(day))
            .sorted(Comparator.comparing(OpeningHours::opens))
            .toList();
    List<Slot> slots = new ArrayList<>();
    for (OpeningHours range : ranges) {
      int closes = OpeningHours.minutes(range.closes());
      for (int m = OpeningHours.minutes(range.opens());
          m + slotMinutes <= closes;
          m += slotMinutes) {
        slots.add(new Slot(at(date, m), at(date, m + slotMinutes)));
      }
    }
    return slots;
  }

  /** The local date in Asia/Shanghai on which {@code instant} falls. */
  public static LocalDate dateOf(OffsetDateTime instant) {
    return instant.atZoneSameInstant(ShanghaiTime.ZONE).toLocalDate();
  }

  private static OffsetDateTime at(LocalDate date, int minutes) {
    return date.atStartOfDay(ShanghaiTime.ZONE).plusMinutes(minutes).toOffsetDateTime();
  }
}
