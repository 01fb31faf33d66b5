package org.gazetteer.events.stats;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outreach figures of one group (or of all, as totals). */
@Schema(name = "EventStatsRow")
public record StatsRow(
    @Schema(
            description =
                "The group: one entry per groupBy dimension; null where a figure has no value for"
                    + " it (registrations and check-ins have no audience or channel)")
        Map<String, String> key,
    @Schema(description = "Published events with a session in the range", example = "12")
        long events,
    @Schema(description = "Their scheduled sessions in the range", example = "20") long sessions,
    @Schema(description = "Places offered: the sessions' capacity", example = "800") long places,
    @Schema(description = "People in confirmed registrations", example = "640") long registrations,
    @Schema(description = "People checked in", example = "590") long checkIns,
    @Schema(
            description = "People registered minus people checked in, for sessions that have ended",
            example = "50")
        long noShows,
    @Schema(description = "People in head counts, all audiences and channels", example = "1500")
        long headCount,
    @Schema(
            description =
                "People reached: per session max(check-ins, on-site head count) + off-site head"
                    + " count + online peak viewers",
            example = "2100")
        long peopleReached) {}
