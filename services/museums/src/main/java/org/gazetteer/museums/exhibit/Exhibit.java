package org.gazetteer.museums.exhibit;

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

/** An exhibit registered by a museum. */
@Entity
@Table(name = "exhibit")
public class Exhibit {

  @Id UUID id;

  @Column(name = "museum_code")
  String museum;

  @Column(name = "inventory_no")
  String inventoryNo;

  @Column(name = "title_zh")
  String titleZh;

  @Column(name = "title_en")
  String titleEn;

  @Enumerated(EnumType.STRING)
  ExhibitCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_type")
  WorkType workType;

  @Column(name = "dating_label")
  String datingLabel;

  @Column(name = "dating_from")
  Integer datingFrom;

  @Column(name = "dating_to")
  Integer datingTo;

  @Column(name = "description_zh")
  String descriptionZh;

  @Column(name = "description_en")
  String descriptionEn;

  String[] keywords = {};

  @Enumerated(EnumType.STRING)
  ExhibitStatus status = ExhibitStatus.DRAFT;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "submitted_by")
  String submittedBy;

  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;
}
