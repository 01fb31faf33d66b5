package org.gazetteer.readingrooms.stats;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day of a room's visits (local date in Asia/Shanghai). */
@Schema(name = "DailyStats")
public record DailyStats(
    @Schema(example = "2026-12-01") LocalDate date,
    @Schema(
            description = "Reservations for slots that day, cancelled ones included",
            example = "42")
        long reservations,
    @Schema(example = "3") long cancelled,
    @Schema(description = "Visitors checked in", example = "35") long checkedIn,
    @Schema(description = "Seats released because nobody came", example = "4") long noShows) {}
