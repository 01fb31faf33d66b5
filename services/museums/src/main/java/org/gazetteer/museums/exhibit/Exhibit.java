package org.gazetteer.museums.exhibit;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.heritage.AcquisitionMethod;
import org.gazetteer.museums.heritage.ExhibitCondition;
import org.gazetteer.museums.heritage.Grade;
import org.gazetteer.museums.heritage.Material;
import org.gazetteer.museums.heritage.PreservationState;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * An exhibit registered by a museum: the national movable-heritage record plus the gazetteer fields
 * (docs/architecture.md).
 */
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

  @Column(name = "census_no")
  String censusNo;

  @Enumerated(EnumType.STRING)
  Material material;

  @Column(name = "quantity_count")
  Integer quantityCount;

  @Column(name = "quantity_unit")
  String quantityUnit;

  @Column(name = "length_cm")
  BigDecimal lengthCm;

  @Column(name = "width_cm")
  BigDecimal widthCm;

  @Column(name = "height_cm")
  BigDecimal heightCm;

  @Column(name = "dimensions_note")
  String dimensionsNote;

  @Column(name = "mass_kg")
  BigDecimal massKg;

  @Enumerated(EnumType.STRING)
  ExhibitCondition condition;

  @Enumerated(EnumType.STRING)
  PreservationState preservation;

  @Enumerated(EnumType.STRING)
  @Column(name = "acquisition_method")
  AcquisitionMethod acquisitionMethod;

  @Column(name = "acquisition_date")
  LocalDate acquisitionDate;

  @Enumerated(EnumType.STRING)
  Grade grade;

  @Column(name = "compiler_zh")
  String compilerZh;

  @Column(name = "compiler_en")
  String compilerEn;

  String edition;

  @Column(name = "divisions_covered")
  String[] divisionsCovered = {};

  @JdbcTypeCode(SqlTypes.JSON)
  StoredImages images = new StoredImages(List.of());

  @Column(name = "rights_zh")
  String rightsZh;

  @Column(name = "rights_en")
  String rightsEn;

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

  /** The forms search reads: never set by hand, written again before each insert and update. */
  @Embedded SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = ExhibitSearchForms.of(this);
  }
}
