package org.gazetteer.readingrooms.room;

import java.util.ArrayList;
import java.util.List;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.time.Weekday;

/** Rules of a room record that span fields, checked before anything is stored. */
final class RoomRules {

  private RoomRules() {}

  /**
   * Opening hours of one day must not overlap: slots are cut from each range, and overlapping
   * ranges would offer the same seats twice.
   */
  static void check(ReadingRoomRequest request) {
    List<OpeningHours> hours = request.openingHours() == null ? List.of() : request.openingHours();
    for (Weekday day : Weekday.values()) {
      List<int[]> ranges = new ArrayList<>();
      for (OpeningHours h : hours) {
        if (h.days().contains(day)) {
          ranges.add(new int[] {OpeningHours.minutes(h.opens()), OpeningHours.minutes(h.closes())});
        }
      }
      ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
      for (int i = 1; i < ranges.size(); i++) {
        if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
          throw ProblemException.invalid(
              "openingHours", "ranges of the same day overlap on " + day.name());
        }
      }
    }
  }
}
