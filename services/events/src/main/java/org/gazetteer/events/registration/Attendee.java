package org.gazetteer.events.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One registration on a session's attendee list (organizers and admins only). */
@Schema(name = "Attendee")
public record Attendee(
    UUID id,
    @Schema(description = "Who registered", example = "visitor") String registrant,
    @Schema(example = "2") int party,
    RegistrationStatus status,
    @Schema(nullable = true, description = "Rank in the waitlist, for a waitlisted party")
        Integer position,
    @Schema(nullable = true, description = "How many of the party came") Integer checkedIn,
    OffsetDateTime createdAt) {}
