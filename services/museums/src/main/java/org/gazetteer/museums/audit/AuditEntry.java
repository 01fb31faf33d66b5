package org.gazetteer.museums.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audited change of a record. Entries are only ever inserted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type")
  RecordType recordType;

  @Column(name = "record_id")
  String recordId;

  long version;

  @Enumerated(EnumType.STRING)
  AuditAction action;

  String actor;

  @CreationTimestamp OffsetDateTime at;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, FieldChange> changes;

  String reason;
}
