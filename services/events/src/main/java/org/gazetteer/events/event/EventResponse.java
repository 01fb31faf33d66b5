package org.gazetteer.events.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.events.session.SessionResponse;
import org.gazetteer.events.venue.Venue;

/** An event as clients read it, with its sessions in time order. */
@Schema(name = "Event")
public record EventResponse(
    UUID id,
    LocalizedText title,
    @Schema(nullable = true) LocalizedText description,
    EventTarget target,
    EventKind kind,
    @Schema(description = "Code of the organizing institution", example = "chengdu")
        String organizer,
    @Schema(description = "6-digit administrative division code (GB/T 2260)", example = "510107")
        String division,
    Venue venue,
    EventStatus status,
    @Schema(nullable = true, description = "The organizer's reason, for a cancelled event")
        String cancelReason,
    @Schema(description = "All sessions, cancelled ones included, earliest first")
        List<SessionResponse> sessions,
    @Schema(
            nullable = true,
            description = "Who created it; only for the organizer's institution and admins")
        String createdBy,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Schema(nullable = true) OffsetDateTime publishedAt) {}
