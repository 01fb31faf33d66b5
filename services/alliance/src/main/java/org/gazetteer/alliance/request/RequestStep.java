package org.gazetteer.alliance.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** One step of a request's timeline; never changed once written. */
@Entity
@Table(name = "share_request_step")
class RequestStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  UUID request;

  @Enumerated(EnumType.STRING)
  TimelineAction action;

  /** The request's state after the step. */
  @Enumerated(EnumType.STRING)
  RequestStatus status;

  @Enumerated(EnumType.STRING)
  Party party;

  /** The member the step was taken for. */
  String member;

  /** The user who took it. */
  String actor;

  @CreationTimestamp OffsetDateTime at;

  String note;
}
