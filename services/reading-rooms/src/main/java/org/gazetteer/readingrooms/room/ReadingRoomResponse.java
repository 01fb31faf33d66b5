package org.gazetteer.readingrooms.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.openapi.RequiredProperties;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;

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
    @Schema(nullable = true) LocalizedText address,
    @Schema(nullable = true) GeoPoint location,
    @Schema(description = "Seats offered per time slot", example = "30") int seats,
    @Schema(description = "Weekly hours, local time in Asia/Shanghai")
        List<OpeningHours> openingHours,
    @Schema(description = "Dated closures") List<Closure> closures,
    List<Facility> facilities,
    @Schema(description = "Length of the reservation slots in minutes", example = "120")
        int slotMinutes,
    RoomStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt,
    @Schema(
            description = "Distance from the near= point in km, only in lists queried with near",
            example = "1.27",
            extensions = @Extension(name = RequiredProperties.LEFT_OUT_WHEN_NULL, value = "true"))
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Double distanceKm) {}
