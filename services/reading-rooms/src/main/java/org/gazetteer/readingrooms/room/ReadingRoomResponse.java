package org.gazetteer.readingrooms.room;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/** A reading room as clients read it. */
@Schema(name = "ReadingRoom")
public record ReadingRoomResponse(
    @Schema(example = "wuhou-001") String code,
    LocalizedText name,
    HostType hostType,
    @Schema(description = "The place that hosts the room") LocalizedText hostName,
    @Schema(description = "Code of the managing institution", example = "wuhou") String institution,
    @Schema(description = "6-digit administrative division code (GB/T 2260)", example = "510107")
        String division,
    LocalizedText address,
    GeoPoint location,
    @Schema(description = "Seats offered per time slot", example = "30") int seats,
    RoomStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt) {}
