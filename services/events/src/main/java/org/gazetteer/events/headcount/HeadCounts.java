package org.gazetteer.events.headcount;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All head counts of a session; a PUT replaces them. */
@Schema(name = "HeadCounts")
public record HeadCounts(
    @Schema(
            description = "At most one entry per audience and channel (7 × 3)",
            maxItems = HeadCounts.MAX)
        @NotNull
        @Size(max = HeadCounts.MAX)
        List<@Valid @NotNull HeadCount> counts) {

  static final int MAX = 21;
}
