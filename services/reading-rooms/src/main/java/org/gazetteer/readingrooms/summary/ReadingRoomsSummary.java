package org.gazetteer.readingrooms.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The size and use of the network's reading rooms, as the alliance's network statistics read it.
 */
@Schema(name = "ReadingRoomsSummary")
public record ReadingRoomsSummary(
    @Schema(description = "Active reading rooms (closed ones are not counted)", example = "646")
        long rooms,
    @Schema(description = "Seats of the active rooms", example = "12920") long seats,
    @Schema(description = "Divisions with an active room", example = "183") long divisions,
    @Schema(
            description =
                "Visitors checked in this calendar year (Asia/Shanghai), by the time of check-in",
            example = "48210")
        long visitsThisYear) {}
