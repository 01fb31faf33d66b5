package org.gazetteer.readingrooms.holding;

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
import org.gazetteer.common.vocabulary.WorkType;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A work a reading room holds: title, kind, edition, copies and where it stands. */
@Entity
@Table(name = "holding")
class Holding {

  @Id UUID id;

  @Column(name = "room_code")
  String roomCode;

  /** Kept without 《》, so that the register's holding= query matches either spelling. */
  @Column(name = "title_zh")
  String titleZh;

  @Column(name = "title_en")
  String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_type")
  WorkType workType;

  @Column(name = "edition_year")
  Integer editionYear;

  int copies;

  @Column(name = "shelf_mark")
  String shelfMark;

  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  /** The titles as "where can I read" compares them: folded, written before each write. */
  @Embedded public SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = HoldingSearchForms.of(titleZh, titleEn);
  }
}
