package org.gazetteer.alliance.request;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a request's timeline, as its parties and admins read it. */
@Schema(name = "RequestTimelineEntry")
public record TimelineEntry(
    OffsetDateTime at,
    TimelineAction action,
    @Schema(description = "The state after the step") RequestStatus status,
    Party party,
    @Schema(description = "The member the step was taken for", example = "chengdu") String member,
    @Schema(
            nullable = true,
            description =
                "Who took it: shown to the users of that member and to admins, null for the other"
                    + " side",
            example = "curator.chengdu")
        String user,
    @Schema(nullable = true) String note) {}
