package org.gazetteer.readingrooms.reservation;

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

/** One visitor's seat in one slot of a room. Its seat is counted in the slot's counter row. */
@Entity
@Table(name = "reservation")
class Reservation {

  @Id UUID id;

  @Column(name = "room_code")
  String roomCode;

  @Column(name = "starts_at")
  OffsetDateTime startsAt;

  @Column(name = "ends_at")
  OffsetDateTime endsAt;

  /** The visitor's username. */
  String visitor;

  @Enumerated(EnumType.STRING)
  ReservationStatus status;

  /** The short code the visitor shows at check-in. */
  @Column(name = "check_in_code")
  String checkInCode;

  @CreationTimestamp
  @Column(name = "created_at")
  OffsetDateTime createdAt;

  @Column(name = "cancelled_at")
  OffsetDateTime cancelledAt;

  @Column(name = "cancel_reason")
  String cancelReason;

  @Column(name = "checked_in_at")
  OffsetDateTime checkedInAt;

  @Column(name = "released_at")
  OffsetDateTime releasedAt;

  @Version Long version;
}
