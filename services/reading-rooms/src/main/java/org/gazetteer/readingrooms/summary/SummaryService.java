package org.gazetteer.readingrooms.summary;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gazetteer.readingrooms.slot.ShanghaiTime;

/**
 * The register's counts and this year's check-ins in one statement: the register is a few hundred
 * rows, and the check-ins are counted on their own partial index (migration V6), so the cost does
 * not grow with reservations that were cancelled, released or never came.
 */
@ApplicationScoped
public class SummaryService {

  private static final String COUNTS =
      """
      SELECT count(*), coalesce(sum(seats), 0), count(DISTINCT division),
             (SELECT count(*) FROM reservation
              WHERE status = 'CHECKED_IN' AND checked_in_at >= :from AND checked_in_at < :to)
      FROM reading_room WHERE status = 'ACTIVE'
      """;

  private final Clock clock;

  SummaryService(Clock clock) {
    this.clock = clock;
  }

  @WithSession
  public Uni<ReadingRoomsSummary> summary() {
    LocalDate first = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).withDayOfYear(1);
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(COUNTS, Object[].class)
                    .setParameter("from", startOf(first))
                    .setParameter("to", startOf(first.plusYears(1)))
                    .getSingleResult())
        .map(
            row ->
                new ReadingRoomsSummary(
                    number(row[0]), number(row[1]), number(row[2]), number(row[3])));
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(ShanghaiTime.ZONE).toOffsetDateTime();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
