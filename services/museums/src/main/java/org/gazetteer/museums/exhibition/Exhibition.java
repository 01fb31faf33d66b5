package org.gazetteer.museums.exhibition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A museum's exhibition of its own exhibits, in the order they are shown. */
@Entity
@Table(name = "exhibition")
public class Exhibition {

  @Id UUID id;

  @Column(name = "museum_code")
  String museum;

  @Column(name = "title_zh")
  String titleZh;

  @Column(name = "title_en")
  String titleEn;

  @Column(name = "description_zh")
  String descriptionZh;

  @Column(name = "description_en")
  String descriptionEn;

  @Column(name = "starts_on")
  LocalDate startsOn;

  @Column(name = "ends_on")
  LocalDate endsOn;

  boolean travelling;

  @Column(name = "exhibit_ids")
  UUID[] exhibits = {};

  @Enumerated(EnumType.STRING)
  ExhibitionStatus status = ExhibitionStatus.DRAFT;

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
