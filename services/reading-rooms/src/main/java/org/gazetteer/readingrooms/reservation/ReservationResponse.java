package org.gazetteer.readingrooms.reservation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reservation as its visitor, the room's staff and admins read it. */
@Schema(name = "Reservation")
public record ReservationResponse(
    UUID id,
    @Schema(example = "wuhou-001") String room,
    @Schema(example = "2026-12-01T09:00:00+08:00") OffsetDateTime start,
    @Schema(example = "2026-12-01T11:00:00+08:00") OffsetDateTime end,
    ReservationStatus status,
    @Schema(description = "The visitor's username", example = "visitor") String visitor,
    @Schema(nullable = true) CheckIn checkIn,
    OffsetDateTime createdAt,
    @Schema(nullable = true) OffsetDateTime cancelledAt,
    @Schema(nullable = true) OffsetDateTime checkedInAt,
    @Schema(nullable = true, description = "When the seat was released as a no-show")
        OffsetDateTime releasedAt,
    @Schema(example = "0") long version) {

  /** The same, with the check-in URL under {@code base} (the gateway's, when forwarded). */
  ReservationResponse withCheckInUrl(String base) {
    if (checkIn == null) {
      return this;
    }
    String url = base + "api/reservations/" + id + "/check-in?code=" + checkIn.code();
    return new ReservationResponse(
        id,
        room,
        start,
        end,
        status,
        visitor,
        new CheckIn(checkIn.code(), url),
        createdAt,
        cancelledAt,
        checkedInAt,
        releasedAt,
        version);
  }
}
