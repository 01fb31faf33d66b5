package org.gazetteer.events.session;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as an organizer sets it: when, and for how many people. */
@Schema(name = "SessionRequest")
public record SessionRequest(
    @Schema(
            description = "ISO-8601 with offset",
            example = "2026-12-12T14:00:00+08:00",
            format = "date-time")
        @NotNull
        OffsetDateTime start,
    @Schema(
            description = "ISO-8601 with offset, after start",
            example = "2026-12-12T16:00:00+08:00",
            format = "date-time")
        @NotNull
        OffsetDateTime end,
    @Schema(
            description = "People the session takes, at most events.max-capacity (10000)",
            example = "50",
            minimum = "1",
            maximum = "10000",
            format = "int32")
        @NotNull
        @Min(1)
        Integer capacity) {}
