package org.gazetteer.events.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** This year's outreach of the whole network, as the alliance's network statistics read it. */
@Schema(name = "EventsSummary")
public record EventsSummary(
    @Schema(description = "The calendar year counted (Asia/Shanghai)", example = "2026") int year,
    @Schema(description = "Published events with a session starting this year", example = "412")
        long publishedEvents,
    @Schema(description = "Their scheduled sessions starting this year", example = "960")
        long sessions,
    @Schema(
            description =
                "People reached by those sessions, as the outreach statistics count them: per"
                    + " session max(check-ins, on-site head count) + off-site head count + online"
                    + " peak viewers",
            example = "58200")
        long peopleReached) {}
