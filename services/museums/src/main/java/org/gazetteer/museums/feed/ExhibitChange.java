package org.gazetteer.museums.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the change feed; written by the database (migration V6), only read here. */
@Entity
@Immutable
@Table(name = "exhibit_change")
class ExhibitChange {

  @Id Long seq;

  @Column(name = "exhibit_id")
  UUID exhibitId;

  @Column(name = "museum_code")
  String museum;

  @Enumerated(EnumType.STRING)
  ChangeKind kind;

  long version;

  @Column(name = "changed_at")
  OffsetDateTime changedAt;
}
