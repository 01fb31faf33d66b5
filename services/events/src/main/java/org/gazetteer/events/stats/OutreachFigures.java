package org.gazetteer.events.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
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

/**
 * The outreach figures, computed in SQL over the sessions of published events that start in the
 * period (cancelled events and sessions are not outreach that happened): the statistics the office
 * reports and the network's public summary both read them here, so a figure has one definition.
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
public class OutreachFigures {

  /** The zone of the periods' days. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

  OutreachFigures(Clock clock) {
    this.clock = clock;
  }

  /**
   * The figures of the sessions {@code query} selects, one row per group of its {@code groupBy} in
   * the groups' order, or one row, the totals, without groups. The period and the institution are
   * taken as given: callers check who may read them.
   */
  public Uni<List<StatsRow>> rows(StatsQuery query) {
    Map<String, Object> params = new HashMap<>();
    params.put("from", startOf(query.from()));
    params.put("to", startOf(query.to().plusDays(1)));
    params.put("now", OffsetDateTime.now(clock));
    StringBuilder filters = new StringBuilder();
    if (query.institution() != null) {
      filters.append(" AND e.organizer = :institution");
      params.put("institution", query.institution());
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
    String sql = FACTS.formatted(filters, columns(dims), grouping(dims));
    return Panache.getSession()
        .flatMap(
            db -> {
              var select = db.createNativeQuery(sql, Object[].class);
              params.forEach(select::setParameter);
              return select.getResultList();
            })
        .map(rows -> rows.stream().map(r -> row(r, dims)).toList());
  }

  /** The totals of the sessions {@code query} selects, whatever its groups. */
  public Uni<StatsRow> totals(StatsQuery query) {
    return rows(query.ungrouped()).map(rows -> rows.get(0));
  }

  private static String columns(List<StatsDimension> dims) {
    return dims.stream().map(d -> d.column() + ", ").collect(Collectors.joining());
  }

  private static String grouping(List<StatsDimension> dims) {
    return dims.isEmpty()
        ? ""
        : " GROUP BY "
            + dims.stream().map(StatsDimension::column).collect(Collectors.joining(", "))
            + " ORDER BY "
            + dims.stream()
                .map(d -> d.column() + " COLLATE \"C\" NULLS FIRST")
                .collect(Collectors.joining(", "));
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

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(SHANGHAI).toOffsetDateTime();
  }
}
