package org.gazetteer.common.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The fields of a record as a flat map (dotted paths such as {@code title.zh}), and the difference
 * between two such snapshots — what an audit entry records.
 */
public final class Snapshots {

  private Snapshots() {}

  /** The fields whose values differ, each with its old and new value. */
  public static Map<String, FieldChange> diff(
      Map<String, Object> before, Map<String, Object> after) {
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    for (String field : fields) {
      Object from = before.get(field);
      Object to = after.get(field);
      if (!Objects.equals(from, to)) {
        changes.put(field, new FieldChange(from, to));
      }
    }
    return changes;
  }
}
