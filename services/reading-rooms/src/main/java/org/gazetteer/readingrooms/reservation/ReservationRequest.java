package org.gazetteer.readingrooms.reservation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.vocabulary.Codes;

/**
 * A seat in one of a room's slots (docs/api-conventions.md): start and end must be one of its
 * slots.
 */
@Schema(name = "ReservationRequest")
public record ReservationRequest(
    @Schema(pattern = Codes.ANCHORED, example = "wuhou-001")
        @NotNull
        @Pattern(regexp = Codes.CODE, message = "must be a reading room code")
        String room,
    @Schema(example = "2026-12-01T09:00:00+08:00", description = "ISO-8601 with offset") @NotNull
        OffsetDateTime start,
    @Schema(example = "2026-12-01T11:00:00+08:00", description = "ISO-8601 with offset") @NotNull
        OffsetDateTime end) {}
