package org.gazetteer.common.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;

/**
 * Records changes in the caller's transaction and reads a record's history. Each service names its
 * kinds of record and its actions with its own enums (stored by name); this bean writes, pages and
 * applies the read rule of internal records.
 */
@ApplicationScoped
public class AuditTrail {

  private final AuditRepository entries;

  AuditTrail(AuditRepository entries) {
    this.entries = entries;
  }

  /** Appends an entry; must run inside the transaction of the change it records. */
  public Uni<Void> record(
      Enum<?> type,
      String recordId,
      long version,
      Enum<?> action,
      String actor,
      Map<String, FieldChange> changes,
      String reason) {
    AuditEntry entry = new AuditEntry();
    entry.recordType = type.name();
    entry.recordId = recordId;
    entry.version = version;
    entry.action = action.name();
    entry.actor = actor;
    entry.changes = changes;
    entry.reason = reason;
    return entries.persist(entry).replaceWithVoid();
  }

  /**
   * Appends an entry with the fields that differ between two snapshots of the record (see {@link
   * Snapshots}); a change that changed nothing leaves no entry.
   */
  public Uni<Void> recordChanges(
      Enum<?> type,
      String recordId,
      long version,
      Enum<?> action,
      String actor,
      Map<String, Object> before,
      Map<String, Object> after) {
    Map<String, FieldChange> changes = Snapshots.diff(before, after);
    if (changes.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return record(type, recordId, version, action, actor, changes, null);
  }

  /**
   * One page of a record's history, oldest first, each entry shown as {@code view} makes it. A
   * history is internal: for callers with one of {@code roles} in the institution that owns the
   * record and for network admins (401 anonymous, 403 for anyone else).
   */
  public <T> Uni<Page<T>> history(
      Enum<?> type,
      String recordId,
      String owner,
      Caller caller,
      String cursor,
      int limit,
      Function<AuditEntry, T> view,
      String... roles) {
    caller.requireInternalRead("The history of a record", owner, roles);
    Cursor after = Cursor.decode(cursor, 1);
    Long afterId = after == null ? null : parseId(after.key(0));
    return entries
        .page(type.name(), recordId, afterId, limit + 1)
        .map(rows -> Page.of(rows, limit, view, e -> Cursor.of(e.id)));
  }

  private static Long parseId(String key) {
    try {
      return Long.valueOf(key);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
  }
}
