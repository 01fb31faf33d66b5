package org.gazetteer.events.stats;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * The outreach statistics the office reports: who may read which institution's, over which period,
 * with the figures of {@link OutreachFigures}.
 */
@ApplicationScoped
public class StatsService {

  /** The longest period one request may count, in days. */
  static final int MAX_DAYS = 5 * 366;

  private final OutreachFigures figures;
  private final Clock clock;

  StatsService(OutreachFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  /** The statistics the caller may read: organizers their institution's, admins any or all. */
  @WithSession
  public Uni<EventStats> stats(StatsQuery query, Caller caller) {
    caller.requireLogin("Event statistics");
    String institution = scope(query.institution(), caller);
    LocalDate from =
        query.from() != null
            ? query.from()
            : LocalDate.now(clock.withZone(OutreachFigures.SHANGHAI)).withDayOfYear(1);
    LocalDate to = query.to() != null ? query.to() : from.withDayOfYear(from.lengthOfYear());
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    if (to.isAfter(from.plusDays(MAX_DAYS))) {
      throw ProblemException.invalid("to", "must be at most 5 years after from");
    }
    StatsQuery resolved =
        new StatsQuery(
            from, to, query.groupBy(), institution, query.division(), query.target(), query.kind());
    return figures
        .rows(resolved)
        .flatMap(
            rows ->
                figures
                    .totals(resolved)
                    .map(
                        totals ->
                            new EventStats(
                                from,
                                to,
                                institution,
                                resolved.groupBy().stream().map(StatsDimension::parameter).toList(),
                                rows,
                                totals)));
  }

  /**
   * The institution counted: the caller's own for organizers, the requested one (or all) for
   * admins.
   */
  private static String scope(String requested, Caller caller) {
    if (caller.isAdmin()) {
      return requested;
    }
    if (!caller.hasRole(Roles.EVENT_ORGANIZER)) {
      throw ProblemException.forbidden("Event statistics are for event organizers and admins");
    }
    String own = caller.requireInstitution();
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.forbidden("Organizers read their own institution's statistics only");
    }
    return own;
  }
}
