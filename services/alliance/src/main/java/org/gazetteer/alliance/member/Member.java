package org.gazetteer.alliance.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A member institution of the alliance, keyed by its institution code. */
@Entity
@Table(name = "member")
public class Member {

  /** The institution's code, as its users carry it in their token's institution claim. */
  @Id String code;

  @Column(name = "name_zh")
  String nameZh;

  @Column(name = "name_en")
  String nameEn;

  @Enumerated(EnumType.STRING)
  MemberType type;

  String division;

  @Column(name = "contact_phone")
  String contactPhone;

  @Column(name = "contact_email")
  String contactEmail;

  @Column(name = "contact_website")
  String contactWebsite;

  String statement;

  @Enumerated(EnumType.STRING)
  MemberStatus status = MemberStatus.APPLIED;

  String reason;

  @Column(name = "applied_by")
  String appliedBy;

  @Column(name = "applied_at")
  OffsetDateTime appliedAt;

  @Column(name = "decided_at")
  OffsetDateTime decidedAt;

  boolean demo;

  @Version Long version;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @UpdateTimestamp
  @Column(name = "updated_at")
  OffsetDateTime updatedAt;
}
