package org.gazetteer.readingrooms.room;

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
import org.gazetteer.common.search.SearchForms;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A local-history reading room of the register, keyed by its stable code. */
@Entity
@Table(name = "reading_room")
public class ReadingRoom {

  @Id String code;

  @Column(name = "name_zh")
  String nameZh;

  @Column(name = "name_en")
  String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "host_type")
  HostType hostType;

  @Column(name = "host_name_zh")
  String hostNameZh;

  @Column(name = "host_name_en")
  String hostNameEn;

  /** The managing institution; its staff carry this code as their token's institution. */
  String institution;

  String division;

  @Column(name = "address_zh")
  String addressZh;

  @Column(name = "address_en")
  String addressEn;

  Double lat;
  Double lon;
  int seats;

  @Enumerated(EnumType.STRING)
  RoomStatus status = RoomStatus.ACTIVE;

  /** Weekly hours and dated closures, in Asia/Shanghai. */
  @JdbcTypeCode(SqlTypes.JSON)
  RoomSchedule schedule = new RoomSchedule(List.of(), List.of());

  /** {@link Facility} names. */
  String[] facilities = {};

  /** Length of the room's reservation slots. */
  @Column(name = "slot_minutes")
  int slotMinutes;

  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  public String code() {
    return code;
  }

  /** The managing institution, whose staff edit the room and check its visitors in. */
  public String institution() {
    return institution;
  }

  public int seats() {
    return seats;
  }

  public RoomSchedule schedule() {
    return schedule;
  }

  public int slotMinutes() {
    return slotMinutes;
  }

  public boolean isActive() {
    return status == RoomStatus.ACTIVE;
  }

  /** The forms search reads: never set by hand, written again before each insert and update. */
  @Embedded public SearchForms search = new SearchForms();

  @PrePersist
  @PreUpdate
  void writeSearchForms() {
    search = RoomSearchForms.of(nameZh, nameEn, hostNameZh, hostNameEn, addressZh, addressEn);
  }
}
