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
    EventKind kind) {}
