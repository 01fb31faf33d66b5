package org.gazetteer.readingrooms.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room's visit statistics, one entry per day of the range (days without visits show 0). */
@Schema(name = "RoomStats")
public record RoomStats(
    @Schema(example = "wuhou-001") String room,
    @Schema(example = "2026-11-01") LocalDate from,
    @Schema(example = "2026-11-30") LocalDate to,
    List<DailyStats> days) {}
