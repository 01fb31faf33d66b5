package org.gazetteer.museums.exhibit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The change proposed to a published exhibit, waiting for review (migration V9). One row per
 * exhibit, kept after a decision with no proposal, so that its version — the revision's ETag —
 * never repeats.
 */
@Entity
@Table(name = "exhibit_revision")
class ExhibitRevision {

  @Id
  @Column(name = "exhibit_id")
  UUID exhibitId;

  /** The record as its author wrote it; null when nothing is pending. */
  @JdbcTypeCode(SqlTypes.JSON)
  ExhibitRequest proposal;

  String author;

  @Column(name = "proposed_at")
  OffsetDateTime proposedAt;

  @Version Long version;

  boolean pending() {
    return proposal != null;
  }

  void propose(ExhibitRequest request, String by) {
    proposal = request;
    author = by;
    proposedAt = OffsetDateTime.now();
  }

  void clear() {
    proposal = null;
    author = null;
    proposedAt = null;
  }
}
