package org.gazetteer.events.event;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** An event as clients read it. */
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
    EventStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
