package org.gazetteer.events.session;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as clients read it. */
@Schema(name = "Session")
public record SessionResponse(
    UUID id,
    OffsetDateTime start,
    OffsetDateTime end,
    @Schema(description = "People the session takes", example = "50") int capacity,
    @Schema(description = "People confirmed", example = "12") int confirmed,
    @Schema(description = "Places still free; 0 for a cancelled session", example = "38")
        int available,
    SessionStatus status,
    @Schema(
            nullable = true,
            description =
                "Why a cancelled session is off: SESSION_CANCELLED, or EVENT_CANCELLED with its"
                    + " event",
            example = "SESSION_CANCELLED")
        String cancelReason,
    @Schema(example = "0") long version) {

  public static SessionResponse of(EventSession s) {
    boolean on = s.status == SessionStatus.SCHEDULED;
    return new SessionResponse(
        s.id,
        s.startsAt,
        s.endsAt,
        s.capacity,
        s.confirmed,
        on ? Math.max(0, s.capacity - s.confirmed) : 0,
        s.status,
        s.cancelReason,
        s.version);
  }
}
