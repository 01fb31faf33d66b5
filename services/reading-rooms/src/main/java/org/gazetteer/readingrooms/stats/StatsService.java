package org.gazetteer.readingrooms.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.readingrooms.room.ReadingRoomService;
import org.gazetteer.readingrooms.slot.ShanghaiTime;

/**
 * Daily visit statistics of a room, counted from its reservations by the local date of their slots,
 * for the room's institution and admins.
 */
@ApplicationScoped
public class StatsService {

  static final int MAX_DAYS = 366;

  private static final String DAILY =
      "SELECT to_char(d, 'YYYY-MM-DD'), count(r.id),"
          + " count(r.id) FILTER (WHERE r.status = 'CANCELLED'),"
          + " count(r.id) FILTER (WHERE r.status = 'CHECKED_IN'),"
          + " count(r.id) FILTER (WHERE r.status = 'NO_SHOW')"
          + " FROM generate_series(CAST(:from AS timestamp), CAST(:to AS timestamp), interval '1 day') d"
          + " LEFT JOIN reservation r ON r.room_code = :room"
          + " AND r.starts_at >= (d AT TIME ZONE 'Asia/Shanghai')"
          + " AND r.starts_at < ((d + interval '1 day') AT TIME ZONE 'Asia/Shanghai')"
          + " GROUP BY d ORDER BY d";

  private final ReadingRoomService rooms;
  private final Clock clock;

  StatsService(ReadingRoomService rooms, Clock clock) {
    this.rooms = rooms;
    this.clock = clock;
  }

  /** Days {@code from} to {@code to}, both included; the last 30 days when absent. */
  @WithSession
  public Uni<RoomStats> daily(String room, LocalDate from, LocalDate to, Caller caller) {
    LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    LocalDate first = from != null ? from : last.minusDays(29);
    if (first.isAfter(last)) {
      throw ProblemException.invalid("from", "must not be after to");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw ProblemException.invalid("to", "the range spans at most " + MAX_DAYS + " days");
    }
    return rooms
        .require(room)
        .invoke(
            r ->
                caller.requireInternalRead(
                    "A room's statistics", r.institution(), Roles.READING_ROOM_STAFF))
        .flatMap(r -> count(room, first, last))
        .map(days -> new RoomStats(room, first, last, days));
  }

  private Uni<List<DailyStats>> count(String room, LocalDate from, LocalDate to) {
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(DAILY, Object[].class)
                    .setParameter("room", room)
                    .setParameter("from", from.atStartOfDay())
                    .setParameter("to", to.atStartOfDay())
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new DailyStats(
                                LocalDate.parse((String) row[0]),
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue(),
                                ((Number) row[3]).longValue(),
                                ((Number) row[4]).longValue()))
                    .toList());
  }
}
