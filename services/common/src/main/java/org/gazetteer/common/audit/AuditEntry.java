package org.gazetteer.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One audited change of a record (table {@code audit_entry}, from common's migrations). Entries are
 * only ever inserted. The kind of record and the action are the names of the service's own enums,
 * which its migrations list in the table's check constraints.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "record_type")
  String recordType;

  @Column(name = "record_id")
  String recordId;

  long version;

  String action;

  String actor;

  @CreationTimestamp OffsetDateTime at;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, FieldChange> changes;

  String reason;

  public long version() {
    return version;
  }

  /** The name of the service's action constant, e.g. {@code UPDATE}. */
  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public OffsetDateTime at() {
    return at;
  }

  public Map<String, FieldChange> changes() {
    return changes;
  }

  public String reason() {
    return reason;
  }
}
