package org.gazetteer.readingrooms.slot;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One slot of a day with its seats: what a visitor needs to pick one. */
@Schema(name = "Slot")
public record SlotResponse(
    @Schema(example = "2026-12-01T09:00:00+08:00") OffsetDateTime start,
    @Schema(example = "2026-12-01T11:00:00+08:00") OffsetDateTime end,
    @Schema(description = "Seats of the room", example = "30") int seats,
    @Schema(description = "Seats free now", example = "12") int free,
    @Schema(description = "False once the slot is over; it can then not be reserved")
        boolean bookable) {}
