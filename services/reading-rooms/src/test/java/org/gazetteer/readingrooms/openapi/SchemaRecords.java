package org.gazetteer.readingrooms.openapi;

import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;

/**
 * Records whose responses the schema test reads, created once on first use, with as many null
 * fields as the service serves: a room without address and closed today for no stated reason, a
 * holding without edition year or shelf mark, a reservation of a visitor and a cancelled one. The
 * fixture rooms add rooms without English names, address or location.
 */
final class SchemaRecords {

  static final String VISITOR = ReadingRoomsFixtures.newVisitor();

  private static Map<String, String> ids;

  private SchemaRecords() {}

  /** {@code path} with each {@code {key}} replaced by the record's id or code. */
  static synchronized String resolve(String path) {
    if (ids == null) {
      ids = create();
    }
    String resolved = path;
    for (var id : ids.entrySet()) {
      resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
    }
    return resolved;
  }

  private static Map<String, String> create() {
    String today = LocalDate.now(ReadingRoomsFixtures.SHANGHAI).toString();
    Map<String, Object> closed = ReadingRoomsFixtures.room(ReadingRoomsFixtures.newCode(), 5);
    closed.put("closures", List.of(Map.of("from", today, "to", today)));
    String room = ReadingRoomsFixtures.createRoom(closed);
    String open = ReadingRoomsFixtures.createRoom(5);
    String holding =
        ReadingRoomsFixtures.post(
                ADMIN,
                "/api/reading-rooms/" + open + "/holdings",
                Map.of("title", Map.of("zh", "巴蜀史志"), "workType", "JOURNAL", "copies", 1))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    LocalDate tomorrow = LocalDate.now(ReadingRoomsFixtures.SHANGHAI).plusDays(1);
    String reservation = reserve(open, tomorrow);
    String cancelled = reserve(open, tomorrow.plusDays(1));
    ReadingRoomsFixtures.post(VISITOR, "/api/reservations/" + cancelled + "/cancel", Map.of())
        .then()
        .statusCode(200);
    return Map.of(
        "closed", room,
        "open", open,
        "holding", holding,
        "reservation", reservation,
        "cancelled", cancelled,
        "tomorrow", tomorrow.toString());
  }

  private static String reserve(String room, LocalDate day) {
    return ReadingRoomsFixtures.reserve(
            VISITOR, ReadingRoomsFixtures.slotOn(room, day, LocalTime.of(10, 0), 120))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
