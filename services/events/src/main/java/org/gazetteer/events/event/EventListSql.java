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
 * ordered by the first session and keyset-paged on it — with a query that is also read as pinyin,
 * the events whose text matches first, then those whose title's pinyin does.
 */
public final class EventListSql {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How PostgreSQL writes a timestamptz as text, and the infinity of an event without sessions. */
  private static final Pattern SORT_KEY =
      Pattern.compile(
          "infinity|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?");

  /** 0 for an event whose text matches, 1 for one whose title's pinyin only does. */
  private static final String MATCH =
      "(CASE WHEN e.search @@ to_tsquery('simple', :q) THEN 0 ELSE 1 END)";

  final StringBuilder sql = new StringBuilder();
  final Map<String, Object> params = new HashMap<>();

  private EventListSql() {}

  static EventListSql of(EventFilter f, Cursor after, OffsetDateTime now, int rows) {
    EventListSql q = new EventListSql();
    q.sql.append("SELECT CAST(e.id AS text), CAST(e.first_start AS text), ");
    q.sql.append(f.ranked() ? MATCH : "0");
    q.sql.append(" FROM event e WHERE e.status = :status");
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
    int first = f.ranked() ? 1 : 0; // a ranked cursor starts with the match
    if (after != null) {
      q.sql.append(
          f.ranked()
              ? " AND (" + MATCH + ", e.first_start, e.id) > (:afterMatch, "
              : " AND (e.first_start, e.id) > (");
      q.sql.append(
          "CAST(CAST(:afterStart AS text) AS timestamptz), CAST(CAST(:afterId AS text) AS uuid))");
      if (f.ranked()) {
        q.params.put("afterMatch", after.match(0));
      }
      q.params.put("afterStart", sortKey(after, first));
      q.params.put("afterId", after.uuid(first + 1).toString());
    }
    q.sql
        .append(
            f.ranked()
                ? " ORDER BY 3, e.first_start, e.id LIMIT "
                : " ORDER BY e.first_start, e.id LIMIT ")
        .append(rows);
    return q;
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(SHANGHAI).toOffsetDateTime();
  }

  private static String sortKey(Cursor after, int index) {
    String key = after.key(index);
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
      params.put("q", f.tsQuery());
      if (f.pinyin() == null) {
        sql.append(" AND e.search @@ to_tsquery('simple', :q)");
      } else {
        sql.append(" AND (e.search @@ to_tsquery('simple', :q) OR e.search_pinyin LIKE :pinyin)");
        params.put("pinyin", f.pinyin());
      }
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
  /** A listed event's id, its first session's start and its match (0 text, 1 pinyin only). */
  record Row(UUID id, String firstStart, int match) {

    static Row of(Object[] columns) {
      return new Row(
          UUID.fromString((String) columns[0]),
          (String) columns[1],
          ((Number) columns[2]).intValue());
    }

    /** The cursor after this row: with its match first in a ranked list. */
    Cursor cursor(boolean ranked) {
      return ranked ? Cursor.of(String.valueOf(match), firstStart, id) : Cursor.of(firstStart, id);
    }
  }
}
