package org.gazetteer.alliance.resource;

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
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.vocabulary.Licence;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** Something a member shares with the alliance or the public. */
@Entity
@Table(name = "shared_resource")
public class SharedResource {

  @Id UUID id;

  /** The owning member's code. */
  String owner;

  @Enumerated(EnumType.STRING)
  ResourceKind kind;

  @Column(name = "title_zh")
  String titleZh;

  @Column(name = "title_en")
  String titleEn;

  @Column(name = "description_zh")
  String descriptionZh;

  @Column(name = "description_en")
  String descriptionEn;

  @Enumerated(EnumType.STRING)
  ResourceScope scope;

  @Column(name = "rights_zh")
  String rightsZh;

  @Column(name = "rights_en")
  String rightsEn;

  @Enumerated(EnumType.STRING)
  Licence licence;

  @Column(name = "terms_zh")
  String termsZh;

  @Column(name = "terms_en")
  String termsEn;

  @Enumerated(EnumType.STRING)
  Delivery delivery;

  Integer quantity;

  @JdbcTypeCode(SqlTypes.JSON)
  StoredAvailability availability = new StoredAvailability(List.of());

  @Enumerated(EnumType.STRING)
  @Column(name = "source_type")
  SourceType sourceType;

  @Column(name = "source_id")
  UUID sourceId;

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

  /** The forms search reads: never set by hand, written again before each insert and update. */
  @Embedded public SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = ResourceSearchForms.of(titleZh, titleEn, descriptionZh, descriptionEn);
  }
}
