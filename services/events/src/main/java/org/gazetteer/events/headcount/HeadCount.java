package org.gazetteer.events.headcount;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People counted in a session, for one audience and channel. */
@Schema(name = "HeadCount")
public record HeadCount(
    @NotNull Audience audience,
    @NotNull Channel channel,
    @Schema(
            description = "People counted; for ONLINE the peak of concurrent viewers",
            example = "30",
            minimum = "0",
            maximum = "1000000",
            format = "int32")
        @NotNull
        @Min(0)
        @Max(1_000_000)
        Integer people) {}
