package org.gazetteer.readingrooms.reservation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gazetteer.readingrooms.config.ReservationsConfig;

/**
 * Releases the seats of visitors who did not check in within the grace period: their reservations
 * become NO_SHOW and the slots' counters drop in the same statement, so the seats can be reserved
 * again at once. Rows another transaction holds (a check-in in progress) are skipped and looked at
 * on the next run, so several instances can run this side by side.
 */
@ApplicationScoped
public class NoShowRelease {

  private static final String RELEASE =
      "WITH released AS ("
          + " UPDATE reservation SET status = 'NO_SHOW', released_at = :now, version = version + 1"
          + " WHERE id IN (SELECT id FROM reservation"
          + " WHERE status = 'CONFIRMED' AND starts_at <= :cutoff"
          + " ORDER BY id FOR UPDATE SKIP LOCKED)"
          + " RETURNING room_code, starts_at),"
          + " freed AS (SELECT room_code, starts_at, count(*) AS seats FROM released"
          + " GROUP BY room_code, starts_at)"
          + " UPDATE seat_slot s SET booked = s.booked - f.seats FROM freed f"
          + " WHERE s.room_code = f.room_code AND s.starts_at = f.starts_at";

  private final ReservationsConfig config;

  NoShowRelease(ReservationsConfig config) {
    this.config = config;
  }

  /**
   * Releases every confirmed reservation whose slot started the grace period or more before {@code
   * now}; emits how many slots got seats back.
   */
  @WithTransaction
  public Uni<Integer> release(Instant now) {
    Instant cutoff = now.minus(config.noShowGrace());
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(RELEASE)
                    .setParameter("now", now.atOffset(ZoneOffset.UTC))
                    .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                    .executeUpdate());
  }
}
