package org.gazetteer.events.event;

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

/** An outreach event organized by an institution of the network. */
@Entity
@Table(name = "event")
public class Event {

  @Id UUID id;

  @Column(name = "title_zh")
  String titleZh;

  @Column(name = "title_en")
  String titleEn;

  @Column(name = "description_zh")
  String descriptionZh;

  @Column(name = "description_en")
  String descriptionEn;

  @Enumerated(EnumType.STRING)
  EventTarget target;

  @Enumerated(EnumType.STRING)
  EventKind kind;

  /** The organizing institution; its organizers carry this code as their token's institution. */
  String organizer;

  String division;

  @Enumerated(EnumType.STRING)
  EventStatus status = EventStatus.DRAFT;

  @Column(name = "created_by")
  String createdBy;

  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;
}
