package org.gazetteer.readingrooms.room;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.search.ChineseText;
import org.gazetteer.common.time.Weekday;
import org.gazetteer.readingrooms.slot.ShanghaiTime;

/**
 * The register's list query in SQL: every filter of {@link ReadingRoomFilter} as a condition, the
 * haversine distance when searching near a point. Open-at compares the instant's local weekday,
 * time and date in Asia/Shanghai with the stored schedule's zero-padded ISO strings.
 */
final class RoomSearchSql {

  private static final String DISTANCE =
      "2 * "
          + NearPoint.EARTH_RADIUS_KM
          + " * asin(least(1, sqrt(power(sin(radians(r.lat - :lat) / 2), 2)"
          + " + cos(radians(:lat)) * cos(radians(r.lat))"
          + " * power(sin(radians(r.lon - :lon) / 2), 2))))";

  private static final String OPEN =
      " AND r.status = 'ACTIVE'"
          + " AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.schedule -> 'weekly') w"
          + " WHERE (w -> 'days') @> jsonb_build_array(CAST(:dow AS text))"
          + " AND (w ->> 'opens') COLLATE \"C\" <= :hhmm"
          + " AND :hhmm < (w ->> 'closes') COLLATE \"C\")"
          + " AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(r.schedule -> 'closures') c"
          + " WHERE (c ->> 'from') COLLATE \"C\" <= :day AND :day <= (c ->> 'to') COLLATE \"C\")";

  /** A holding of the title, Chinese or English, folded on both sides (HoldingSearchForms). */
  private static final String HOLDING =
      " AND EXISTS (SELECT 1 FROM holding h WHERE h.room_code = r.code"
          + " AND (h.search_a = :holding OR h.search_b = :holding))";

  /**
   * The gateway's federated search calls the register with {@code q} (docs/architecture.md): the
   * folded names, host names and addresses (RoomSearchForms) contain the folded text.
   */
  private static final String TEXT = " AND strpos(r.search_a, :text) > 0";

  final Map<String, Object> params = new HashMap<>();
  String inner;

  private RoomSearchSql() {}

  /**
   * {@code SELECT code, distance_km, match FROM reading_room r WHERE …}, before paging; {@code
   * match} is 1 for a room found by its name's pinyin only, else 0.
   */
  static RoomSearchSql of(ReadingRoomFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE true");
    RoomSearchSql sql = new RoomSearchSql();
    if (filter.hostType() != null) {
      where.append(" AND r.host_type = :hostType");
      sql.params.put("hostType", filter.hostType().name());
    }
    if (filter.institution() != null) {
      where.append(" AND r.institution = :institution");
      sql.params.put("institution", filter.institution());
    }
    if (filter.division() != null) {
      where.append(" AND r.division LIKE :division");
      sql.params.put("division", Divisions.prefix(filter.division()) + "%");
    }
    if (filter.openAt() != null) {
      ZonedDateTime local = filter.openAt().atZoneSameInstant(ShanghaiTime.ZONE);
      where.append(OPEN);
      sql.params.put("dow", Weekday.of(local.getDayOfWeek()).name());
      sql.params.put("hhmm", ShanghaiTime.hhmm(local.toLocalTime()));
      sql.params.put("day", local.toLocalDate().toString());
    }
    if (filter.holding() != null) {
      where.append(HOLDING);
      sql.params.put("holding", ChineseText.fold(filter.holding()));
    }
    String match = "0";
    if (filter.text() != null) {
      sql.params.put("text", filter.text());
      if (filter.pinyin() == null) {
        where.append(TEXT);
      } else {
        where.append(" AND (strpos(r.search_a, :text) > 0 OR r.search_pinyin LIKE :pinyin)");
        sql.params.put("pinyin", filter.pinyin());
        match = "CASE WHEN strpos(r.search_a, :text) > 0 THEN 0 ELSE 1 END";
      }
    }
    String distance = "CAST(NULL AS double precision)";
    if (filter.near() != null) {
      distance = DISTANCE;
      sql.box(filter.near(), where);
    }
    sql.inner =
        "SELECT r.code AS code, "
            + distance
            + " AS distance_km, "
            + match
            + " AS match FROM reading_room r"
            + where;
    return sql;
  }

  private void box(NearPoint near, StringBuilder where) {
    where.append(" AND r.lat BETWEEN :minLat AND :maxLat");
    params.put("lat", near.lat());
    params.put("lon", near.lon());
    params.put("minLat", near.minLat());
    params.put("maxLat", near.maxLat());
    double span = near.lonSpan();
    if (!Double.isNaN(span)) {
      where.append(" AND r.lon BETWEEN :minLon AND :maxLon");
      params.put("minLon", near.lon() - span);
      params.put("maxLon", near.lon() + span);
    }
  }
}
