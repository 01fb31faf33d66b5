package org.gazetteer.events.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outreach statistics of a period, grouped as asked, with the totals. */
@Schema(name = "EventStats")
public record EventStats(
    @Schema(description = "First day counted (Asia/Shanghai)") LocalDate from,
    @Schema(description = "Last day counted (Asia/Shanghai)") LocalDate to,
    @Schema(
            nullable = true,
            description = "The institution counted; null for the whole network",
            example = "chengdu")
        String institution,
    @Schema(description = "The dimensions the rows are grouped by, in order") List<String> groupBy,
    @Schema(description = "One row per group, ordered by the groups' keys") List<StatsRow> rows,
    StatsRow totals) {}
