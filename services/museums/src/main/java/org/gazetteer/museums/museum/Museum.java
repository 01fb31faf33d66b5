package org.gazetteer.museums.museum;

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
import org.gazetteer.common.search.SearchForms;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A museum of the network, keyed by its stable code. */
@Entity
@Table(name = "museum")
public class Museum {

  @Id String code;

  @Column(name = "name_zh")
  String nameZh;

  @Column(name = "name_en")
  String nameEn;

  @Enumerated(EnumType.STRING)
  MuseumKind kind;

  @Column(name = "parent_code")
  String parentCode;

  String division;

  @Column(name = "address_zh")
  String addressZh;

  @Column(name = "address_en")
  String addressEn;

  Double lat;
  Double lon;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "opening_hours")
  WeeklySchedule openingHours;

  String phone;
  String website;
  String email;
  String status = "ACTIVE";
  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  /** The forms search reads (names, and the Chinese name as pinyin), written before each write. */
  @Embedded SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = MuseumSearchForms.of(nameZh, nameEn);
  }

  public String code() {
    return code;
  }

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }
}
