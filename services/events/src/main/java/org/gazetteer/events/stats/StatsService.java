package org.gazetteer.events.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * The outreach statistics the office reports, computed in SQL over the sessions of published events
 * that start in the period (cancelled events and sessions are not outreach that happened).
 *
 * <p>Each session gives one fact row with its own figures (events, sessions, places, registrations,
 * check-ins, no-shows, and the check-ins beyond its on-site head count) and one row per head count;
 * grouping sums them. People reached per session is max(check-ins, on-site head count) + off-site
 * head count + online peak viewers: a visitor counted at the door and in the room counts once. As
 * rows, that is every head count plus the check-ins beyond the on-site head count, so the groups
 * always add up to the totals; grouped by audience or channel, the sessions' own figures fall under
 * a null audience and channel.
 */
@ApplicationScoped
public class StatsService {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The longest period one request may count, in days. */
  static final int MAX_DAYS = 5 * 366;

  private static final String FACTS =
      """
      WITH s AS (
        SELECT s.id, s.event_id, s.capacity, s.ends_at, e.division, e.target, e.kind,
               e.organizer AS institution,
               to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
        FROM event_session s JOIN event e ON e.id = s.event_id
        WHERE e.status = 'PUBLISHED' AND s.status = 'SCHEDULED'
          AND s.starts_at >= :from AND s.starts_at < :to %s
      ), r AS (
        SELECT session_id,
               coalesce(sum(party) FILTER (WHERE status = 'CONFIRMED'), 0) AS registered,
               coalesce(sum(checked_in) FILTER (WHERE status = 'CONFIRMED'), 0) AS checked_in
        FROM registration WHERE session_id IN (SELECT id FROM s) GROUP BY session_id
      ), h AS (
        SELECT session_id, audience, channel, people FROM head_count
        WHERE session_id IN (SELECT id FROM s)
      ), onsite AS (
        SELECT session_id, sum(people) AS people FROM h WHERE channel = 'ON_SITE'
        GROUP BY session_id
      ), facts AS (
        SELECT s.event_id, s.division, s.target, s.kind, s.institution, s.month,
               CAST(NULL AS text) AS audience, CAST(NULL AS text) AS channel,
               1 AS sessions, s.capacity AS places,
               coalesce(r.registered, 0) AS registrations, coalesce(r.checked_in, 0) AS check_ins,
               CASE WHEN s.ends_at <= :now
                    THEN greatest(coalesce(r.registered, 0) - coalesce(r.checked_in, 0), 0)
                    ELSE 0 END AS no_shows,
               0 AS head_count,
               greatest(coalesce(r.checked_in, 0) - coalesce(o.people, 0), 0) AS reached
        FROM s LEFT JOIN r ON r.session_id = s.id LEFT JOIN onsite o ON o.session_id = s.id
        UNION ALL
        SELECT s.event_id, s.division, s.target, s.kind, s.institution, s.month,
               h.audience, h.channel, 0, 0, 0, 0, 0, h.people, h.people
        FROM s JOIN h ON h.session_id = s.id
      )
      SELECT %s
             count(DISTINCT event_id) FILTER (WHERE sessions = 1), sum(sessions), sum(places),
             sum(registrations), sum(check_ins), sum(no_shows), sum(head_count), sum(reached)
      FROM facts %s
      """;

  private final Clock clock;

  StatsService(Clock clock) {
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
            : LocalDate.now(clock.withZone(SHANGHAI)).withDayOfYear(1);
    LocalDate to = query.to() != null ? query.to() : from.withDayOfYear(from.lengthOfYear());
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    if (to.isAfter(from.plusDays(MAX_DAYS))) {
      throw ProblemException.invalid("to", "must be at most 5 years after from");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("from", startOf(from));
    params.put("to", startOf(to.plusDays(1)));
    params.put("now", OffsetDateTime.now(clock));
    StringBuilder filters = new StringBuilder();
    if (institution != null) {
      filters.append(" AND e.organizer = :institution");
      params.put("institution", institution);
    }
    if (query.division() != null) {
      filters.append(" AND e.division LIKE :division");
      params.put("division", Divisions.prefix(query.division()) + "%");
    }
    if (query.target() != null) {
      filters.append(" AND e.target = :target");
      params.put("target", query.target().name());
    }
    if (query.kind() != null) {
      filters.append(" AND e.kind = :kind");
      params.put("kind", query.kind().name());
    }
    List<StatsDimension> dims = query.groupBy();
    String columns = dims.stream().map(d -> d.column() + ", ").collect(Collectors.joining());
    String grouping =
        dims.isEmpty()
            ? ""
            : " GROUP BY "
                + dims.stream().map(StatsDimension::column).collect(Collectors.joining(", "))
                + " ORDER BY "
                + dims.stream()
                    .map(d -> d.column() + " COLLATE \"C\" NULLS FIRST")
                    .collect(Collectors.joining(", "));
    String grouped = FACTS.formatted(filters, columns, grouping);
    String total = FACTS.formatted(filters, "", "");
    return Panache.getSession()
        .flatMap(
            db ->
                run(db, grouped, params)
                    .flatMap(rows -> run(db, total, params).map(t -> List.of(rows, t))))
        .map(
            results ->
                new EventStats(
                    from,
                    to,
                    institution,
                    dims.stream().map(StatsDimension::parameter).toList(),
                    results.get(0).stream().map(r -> row(r, dims)).toList(),
                    row(results.get(1).get(0), List.of())));
  }

  private static Uni<List<Object[]>> run(
      org.hibernate.reactive.mutiny.Mutiny.Session db, String sql, Map<String, Object> params) {
    var select = db.createNativeQuery(sql, Object[].class);
    params.forEach(select::setParameter);
    return select.getResultList();
  }

  private static StatsRow row(Object[] r, List<StatsDimension> dims) {
    Map<String, String> key = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      key.put(dims.get(i).parameter(), (String) r[i]);
    }
    int at = dims.size();
    return new StatsRow(
        key,
        number(r[at]),
        number(r[at + 1]),
        number(r[at + 2]),
        number(r[at + 3]),
        number(r[at + 4]),
        number(r[at + 5]),
        number(r[at + 6]),
        number(r[at + 7]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
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

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(SHANGHAI).toOffsetDateTime();
  }
}
