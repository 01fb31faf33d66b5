package org.gazetteer.readingrooms.reservation;

import java.time.OffsetDateTime;
import org.gazetteer.readingrooms.slot.ShanghaiTime;

/** Maps reservations to the API record; times at +08:00, the code only for the visitor. */
final class ReservationMapper {

  private ReservationMapper() {}

  static ReservationResponse toResponse(Reservation r, boolean forVisitor) {
    return new ReservationResponse(
        r.id,
        r.roomCode,
        local(r.startsAt),
        local(r.endsAt),
        r.status,
        r.visitor,
        forVisitor ? new CheckIn(r.checkInCode, null) : null,
        local(r.createdAt),
        local(r.cancelledAt),
        local(r.checkedInAt),
        local(r.releasedAt),
        r.version);
  }

  private static OffsetDateTime local(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(ShanghaiTime.ZONE).toOffsetDateTime();
  }
}
