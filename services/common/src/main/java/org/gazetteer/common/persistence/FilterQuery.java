package org.gazetteer.common.persistence;

import java.util.HashMap;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;

/**
 * A Panache (HQL) query assembled from a list's optional filters: each condition joins the query
 * only when its value is given, with its value as a named parameter, never as text. One builder for
 * every list of every service instead of the same {@code if (x != null) append(…)} in each.
 */
public final class FilterQuery {

  private final String from;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> params = new HashMap<>();

  private FilterQuery(String from) {
    this.from = from;
  }

  /** A query over {@code entityAndAlias}, e.g. {@code "Event e"}. */
  public static FilterQuery from(String entityAndAlias) {
    return new FilterQuery(entityAndAlias);
  }

  /** {@code path = :param}, when {@code value} is not null. */
  public FilterQuery equal(String path, String param, Object value) {
    return value == null ? this : where(path + " = :" + param, Map.of(param, value));
  }

  /**
   * The records of {@code division} and the divisions under it (510100, a city, matches 5101xx),
   * when {@code division} is not null.
   */
  public FilterQuery withinDivision(String path, String division) {
    return division == null
        ? this
        : where(path + " like :division", Map.of("division", Divisions.prefix(division) + "%"));
  }

  /** Any other condition, with its named parameters. */
  public FilterQuery where(String condition, Map<String, Object> values) {
    where.append(where.isEmpty() ? " where " : " and ").append(condition);
    params.putAll(values);
    return this;
  }

  /** The query text, ordered by {@code orderBy} (e.g. {@code "e.createdAt desc, e.id desc"}). */
  public String query(String orderBy) {
    return "from " + from + where + " order by " + orderBy;
  }

  /** The named parameters of {@link #query}. */
  public Map<String, Object> params() {
    return Map.copyOf(params);
  }
}
