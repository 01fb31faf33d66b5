package org.gazetteer.events.session;

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
 * One time of an event, with its capacity in people. {@code confirmed} is the counter of confirmed
 * people that registrations raise and lower in SQL; the entity only reads it.
 */
@Entity
@Table(name = "event_session")
public class EventSession {

  @Id public UUID id;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "starts_at")
  public OffsetDateTime startsAt;

  @Column(name = "ends_at")
  public OffsetDateTime endsAt;

  public int capacity;

  @Column(insertable = false, updatable = false)
  public int confirmed;

  @Enumerated(EnumType.STRING)
  public SessionStatus status = SessionStatus.SCHEDULED;

  @Column(name = "cancel_reason")
  public String cancelReason;

  @Version public Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
