package org.gazetteer.events.stats;

import java.time.LocalDate;
import java.util.List;
import org.gazetteer.events.event.EventKind;
import org.gazetteer.events.event.EventTarget;

/** A statistics request: the period, the groups, and the filters. */
public record StatsQuery(
    LocalDate from,
    LocalDate to,
    List<StatsDimension> groupBy,
    String institution,
    String division,
    EventTarget target,
    EventKind kind) {

  /** The whole network's sessions from {@code from} to {@code to}, both included, ungrouped. */
  public static StatsQuery network(LocalDate from, LocalDate to) {
    return new StatsQuery(from, to, List.of(), null, null, null, null);
  }

  /** The same sessions without groups: the totals' query. */
  StatsQuery ungrouped() {
    return new StatsQuery(from, to, List.of(), institution, division, target, kind);
  }
}
