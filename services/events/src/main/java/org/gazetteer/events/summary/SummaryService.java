package org.gazetteer.events.summary;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.gazetteer.events.stats.OutreachFigures;
import org.gazetteer.events.stats.StatsQuery;

/**
 * This year's outreach of the whole network: the totals of the outreach statistics over the current
 * calendar year, one statement over the sessions that start in it (indexed by start).
 */
@ApplicationScoped
public class SummaryService {

  private final OutreachFigures figures;
  private final Clock clock;

  SummaryService(OutreachFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @WithSession
  public Uni<EventsSummary> summary() {
    LocalDate first = LocalDate.now(clock.withZone(OutreachFigures.SHANGHAI)).withDayOfYear(1);
    StatsQuery year = StatsQuery.network(first, first.withDayOfYear(first.lengthOfYear()));
    return figures
        .totals(year)
        .map(
            totals ->
                new EventsSummary(
                    first.getYear(), totals.events(), totals.sessions(), totals.peopleReached()));
  }
}
