package org.gazetteer.events.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration as its registrant and the organizers read it. */
@Schema(name = "Registration")
public record RegistrationResponse(
    UUID id,
    UUID event,
    UUID session,
    @Schema(description = "The session's start") OffsetDateTime start,
    @Schema(example = "2") int party,
    RegistrationStatus status,
    @Schema(
            nullable = true,
            description = "Rank in the waitlist (1 is next), for a waitlisted party only",
            example = "3")
        Integer position,
    @Schema(
            nullable = true,
            description = "The code to show at check-in; for the registrant only",
            example = "K7M2Q9XA")
        String checkInCode,
    @Schema(nullable = true, description = "How many of the party came", example = "2")
        Integer checkedIn,
    @Schema(
            nullable = true,
            description = "REGISTRANT, SESSION_CANCELLED or EVENT_CANCELLED",
            example = "REGISTRANT")
        String cancelReason,
    OffsetDateTime createdAt,
    @Schema(example = "0") long version) {}
