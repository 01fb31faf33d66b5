package org.gazetteer.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.events.venue.VenueType;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An outreach event organized by an institution of the network. */
@Entity
@Table(name = "event")
public class Event {

  @Id public UUID id;

  @Column(name = "title_zh")
  public String titleZh;

  @Column(name = "title_en")
  public String titleEn;

  @Column(name = "description_zh")
  public String descriptionZh;

  @Column(name = "description_en")
  public String descriptionEn;

  @Enumerated(EnumType.STRING)
  public EventTarget target;

  @Enumerated(EnumType.STRING)
  public EventKind kind;

  /** The organizing institution; its organizers carry this code as their token's institution. */
  public String organizer;

  public String division;

  @Enumerated(EnumType.STRING)
  @Column(name = "venue_type")
  public VenueType venueType;

  @Column(name = "venue_code")
  public String venueCode;

  @Column(name = "venue_name_zh")
  public String venueNameZh;

  @Column(name = "venue_name_en")
  public String venueNameEn;

  @Column(name = "venue_address_zh")
  public String venueAddressZh;

  @Column(name = "venue_address_en")
  public String venueAddressEn;

  @Column(name = "venue_lat")
  public Double venueLat;

  @Column(name = "venue_lon")
  public Double venueLon;

  @Column(name = "venue_url")
  public String venueUrl;

  @Enumerated(EnumType.STRING)
  public EventStatus status = EventStatus.DRAFT;

  @Column(name = "cancel_reason")
  public String cancelReason;

  @Column(name = "created_by")
  public String createdBy;

  public boolean demo;

  @Version public Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  /** The forms search reads: never set by hand, written again before each insert and update. */
  @Embedded public SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = EventSearchForms.of(this);
  }
}
