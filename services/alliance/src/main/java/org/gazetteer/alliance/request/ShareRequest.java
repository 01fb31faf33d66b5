package org.gazetteer.alliance.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gazetteer.alliance.resource.Delivery;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** One member's request for another member's shared resource. */
@Entity
@Table(name = "share_request")
public class ShareRequest {

  @Id UUID id;

  UUID resource;

  /** The lending side: the resource's owner. */
  String owner;

  /** The borrowing side. */
  String requester;

  @Enumerated(EnumType.STRING)
  Delivery delivery;

  /** Items asked for; physical resources only. */
  Integer quantity;

  String purpose;

  @Column(name = "from_date")
  LocalDate from;

  @Column(name = "to_date")
  LocalDate to;

  @Enumerated(EnumType.STRING)
  RequestStatus status = RequestStatus.REQUESTED;

  @JdbcTypeCode(SqlTypes.JSON)
  StoredConditions conditions = new StoredConditions(List.of());

  @JdbcTypeCode(SqlTypes.JSON)
  StoredObligations obligations = new StoredObligations(List.of());

  @Column(name = "return_report")
  String returnReport;

  @Column(name = "requested_by")
  String requestedBy;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  /** The side {@code member} is on, or null when it is neither. */
  Party partyOf(String member) {
    if (owner.equals(member)) {
      return Party.OWNER;
    }
    return requester.equals(member) ? Party.REQUESTER : null;
  }

  /** The member on {@code party}'s side. */
  String member(Party party) {
    return party == Party.OWNER ? owner : requester;
  }
}
