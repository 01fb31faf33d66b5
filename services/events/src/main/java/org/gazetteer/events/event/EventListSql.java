package org.gazetteer.events.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.problem.ProblemException;

/**
 * The event list as one SQL statement over {@code event} (its text search and session span are
 * SQL-only columns): every filter of {@link EventFilter} as a condition with a named parameter,
 * ordered by the first session and keyset-paged on it.
 */
public final class EventListSql {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How PostgreSQL writes a timestamptz as text, and the infinity of an event without sessions. */
  private static final Pattern SORT_KEY =
      Pattern.compile(
          "infinity|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?");

  final StringBuilder sql =
      new StringBuilder(
          "SELECT CAST(e.id AS text), CAST(e.first_start AS text) FROM event e"
              + " WHERE e.status = :status");
  final Map<String, Object> params = new HashMap<>();

  private EventListSql() {}

  static EventListSql of(EventFilter f, Cursor after, OffsetDateTime now, int rows) {
    EventListSql q = new EventListSql();
    q.params.put("status", f.status().name());
    appendFilters(f, q.sql, q.params);
    if (f.upcomingOnly()) {
      q.sql.append(" AND e.last_end > :now");
      q.params.put("now", now);
    } else if (f.from() != null || f.to() != null) {
      q.sql.append(" AND EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id");
      if (f.from() != null) {
        q.sql.append(" AND s.ends_at > :rangeStart");
        q.params.put("rangeStart", startOf(f.from()));
      }
      if (f.to() != null) {
        q.sql.append(" AND s.starts_at < :rangeEnd");
        q.params.put("rangeEnd", startOf(f.to().plusDays(1)));
      }
      q.sql.append(")");
    }
    if (after != null) {
      q.sql.append(
          " AND (e.first_start, e.id)"
              + " > (CAST(CAST(:afterStart AS text) AS timestamptz), CAST(CAST(:afterId AS text) AS uuid))");
      q.params.put("afterStart", sortKey(after));
      q.params.put("afterId", after.uuid(1).toString());
    }
    q.sql.append(" ORDER BY e.first_start, e.id LIMIT ").append(rows);
    return q;
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(SHANGHAI).toOffsetDateTime();
  }

  private static String sortKey(Cursor after) {
    String key = after.key(0);
    if (!SORT_KEY.matcher(key).matches()) {
      throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
    return key;
  }

  /**
   * Appends the filters that do not depend on the list's state, time window or paging (organizer,
   * target, kind, venue, division with its sub-divisions, text) as conditions on {@code event e},
   * each with a named parameter. The calendar feed uses them too.
   */
  public static void appendFilters(EventFilter f, StringBuilder sql, Map<String, Object> params) {
    equal(sql, params, "e.organizer", "organizer", f.organizer());
    equal(sql, params, "e.target", "target", f.target() == null ? null : f.target().name());
    equal(sql, params, "e.kind", "kind", f.kind() == null ? null : f.kind().name());
    equal(
        sql,
        params,
        "e.venue_type",
        "venueType",
        f.venueType() == null ? null : f.venueType().name());
    equal(sql, params, "e.venue_code", "venue", f.venue());
    if (f.division() != null) {
      sql.append(" AND e.division LIKE :division");
      params.put("division", Divisions.prefix(f.division()) + "%");
    }
    if (f.tsQuery() != null) {
      sql.append(" AND e.search @@ to_tsquery('simple', :q)");
      params.put("q", f.tsQuery());
    }
  }

  private static void equal(
      StringBuilder sql, Map<String, Object> params, String column, String param, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = :").append(param);
      params.put(param, value);
    }
  }

  /** One row of the result: the event's id and its sort key as the cursor keeps it. */
  record Row(UUID id, String firstStart) {

    static Row of(Object[] columns) {
      return new Row(UUID.fromString((String) columns[0]), (String) columns[1]);
    }

    Cursor cursor() {
      return Cursor.of(firstStart, id);
    }
  }
}
