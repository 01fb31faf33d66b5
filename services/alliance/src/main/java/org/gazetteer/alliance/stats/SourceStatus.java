package org.gazetteer.alliance.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether one service's figures came, and if not, why. */
@Schema(name = "StatsSource")
public record SourceStatus(
    @Schema(
            enumeration = {"museums", "reading-rooms", "events"},
            example = "museums")
        String source,
    @Schema(description = "Whether its figures are in the answer") boolean ok,
    @Schema(
            nullable = true,
            description = "What went wrong: no answer in time, unreachable, an error status…",
            example = "no answer within 1500 ms")
        String problem) {

  static SourceStatus up(String source) {
    return new SourceStatus(source, true, null);
  }
}
