package org.gazetteer.readingrooms.room;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.vocabulary.Codes;

/**
 * A reading room as its staff record it. The managing institution, status and version are not
 * client fields: the institution is the caller's (an admin names it with {@code ?institution=}).
 */
@Schema(name = "ReadingRoomRequest", description = "A reading room to register or replace")
public record ReadingRoomRequest(
    @Schema(pattern = Codes.ANCHORED, example = "wuhou-007", description = "Stable lowercase slug")
        @NotNull
        @Pattern(regexp = Codes.CODE, message = "must be a lowercase slug such as wuhou-007")
        String code,
    @NotNull @Valid LocalizedText name,
    @NotNull HostType hostType,
    @Schema(description = "The place that hosts the room") @NotNull @Valid LocalizedText hostName,
    @Schema(
            pattern = "^" + Divisions.CODE + "$",
            description = "6-digit division code (GB/T 2260) of a known division",
            example = "510107")
        @NotNull
        @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
        String division,
    @Valid LocalizedText address,
    @Valid GeoPoint location,
    @Schema(description = "Seats offered in each slot", example = "30") @NotNull @Min(1) @Max(2000)
        Integer seats,
    @Size(max = 50) List<@Valid @NotNull OpeningHours> openingHours,
    @Size(max = 100) List<@Valid @NotNull Closure> closures,
    @Size(max = 20) List<@NotNull Facility> facilities,
    @Schema(
            description =
                "Length of the reservation slots in minutes; the network default if absent",
            example = "120")
        @Min(15)
        @Max(720)
        Integer slotMinutes) {}
