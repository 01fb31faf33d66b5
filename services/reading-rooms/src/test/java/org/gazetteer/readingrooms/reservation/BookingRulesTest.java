package org.gazetteer.readingrooms.reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.time.Weekday;
import org.gazetteer.readingrooms.room.Closure;
import org.gazetteer.readingrooms.room.RoomSchedule;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

  private static final RoomSchedule TUESDAYS =
      new RoomSchedule(
          List.of(new OpeningHours(List.of(Weekday.TUE), "09:00", "17:00")),
          List.of(new Closure("2026-12-08", "2026-12-08", new LocalizedText("检修", null))));
  private static final Instant NOW = Instant.parse("2026-12-01T02:30:00Z"); // 10:30 in Shanghai

  private static ProblemException refused(String start, String end) {
    return assertThrows(
        ProblemException.class,
        () ->
            BookingRules.slot(
                TUESDAYS, 120, OffsetDateTime.parse(start), OffsetDateTime.parse(end), NOW, 60));
  }

  @Test
  void aRunningSlotCanStillBeReserved() {
    var slot =
        BookingRules.slot(
            TUESDAYS,
            120,
            OffsetDateTime.parse("2026-12-01T09:00+08:00"),
            OffsetDateTime.parse("2026-12-01T11:00+08:00"),
            NOW,
            60);
    assertEquals(OffsetDateTime.parse("2026-12-01T11:00+08:00"), slot.end());
  }

  @Test
  void refusalsAreConflictsThatSayWhy() {
    ProblemException over = refused("2026-11-24T09:00+08:00", "2026-11-24T11:00+08:00");
    assertEquals(ProblemType.CONFLICT, over.type());
    assertTrue(over.getMessage().contains("over"));
    assertTrue(
        refused("2026-12-08T09:00+08:00", "2026-12-08T11:00+08:00").getMessage().contains("检修"));
    assertTrue(
        refused("2026-12-02T09:00+08:00", "2026-12-02T11:00+08:00")
            .getMessage()
            .contains("no slots"));
    assertTrue(
        refused("2026-12-01T10:00+08:00", "2026-12-01T12:00+08:00")
            .getMessage()
            .contains("09:00–11:00, 11:00–13:00, 13:00–15:00, 15:00–17:00"));
    assertTrue(
        refused("2027-03-02T09:00+08:00", "2027-03-02T11:00+08:00")
            .getMessage()
            .contains("days ahead"));
  }
}
