package org.gazetteer.readingrooms.room;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gazetteer.common.time.OpeningHours;

/**
 * A room's weekly hours and dated closures as stored: one JSON object, because Hibernate Reactive
 * maps JSON columns to objects rather than top-level arrays. The register's open-at query reads the
 * same document in SQL.
 */
public record RoomSchedule(List<OpeningHours> weekly, List<Closure> closures) {

  public RoomSchedule {
    weekly = weekly == null ? List.of() : List.copyOf(weekly);
    closures = closures == null ? List.of() : List.copyOf(closures);
  }

  /** The closure that covers {@code date}, if any. */
  public Optional<Closure> closureOn(LocalDate date) {
    return closures.stream().filter(c -> c.covers(date)).findFirst();
  }
}
