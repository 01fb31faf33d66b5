package org.gazetteer.events.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A party registered for a session. {@code queue_no} (the order of arrival, from a database
 * sequence) is the stored order of the waitlist.
 */
@Entity
@Table(name = "registration")
public class Registration {

  @Id UUID id;

  @Column(name = "session_id")
  UUID sessionId;

  @Column(name = "event_id")
  UUID eventId;

  String registrant;

  int party;

  @Enumerated(EnumType.STRING)
  RegistrationStatus status;

  @Column(name = "queue_no", insertable = false, updatable = false)
  Long queueNo;

  @Column(name = "check_in_code")
  String checkInCode;

  @Column(name = "checked_in")
  Integer checkedIn;

  @Column(name = "checked_in_at")
  OffsetDateTime checkedInAt;

  @Column(name = "promoted_at")
  OffsetDateTime promotedAt;

  @Column(name = "cancel_reason")
  String cancelReason;

  @Column(name = "cancelled_at")
  OffsetDateTime cancelledAt;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;
}
