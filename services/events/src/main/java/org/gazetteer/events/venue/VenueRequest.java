package org.gazetteer.events.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.Codes;

/**
 * Where an event takes place: {@code MUSEUM} or {@code READING_ROOM} with the record's {@code
 * code}; {@code ADDRESS} with an {@code address} and optionally a {@code location}; {@code ONLINE}
 * with a {@code url}. Fields another type does not take must be absent.
 */
@Schema(name = "VenueRequest")
public record VenueRequest(
    @NotNull VenueType type,
    @Schema(
            description = "Museum or reading-room code, for MUSEUM and READING_ROOM",
            example = "chengdu",
            pattern = Codes.ANCHORED,
            maxLength = 40)
        @Pattern(regexp = Codes.CODE, message = "must be a museum or reading-room code")
        String code,
    @Schema(description = "For ADDRESS") @Valid LocalizedText address,
    @Schema(description = "For ADDRESS, optional") @Valid GeoPoint location,
    @Schema(
            description = "For ONLINE: an http or https link",
            example = "https://live.example.org/sichuan",
            maxLength = 2000,
            pattern = "^https?://\\S+$")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https link")
        String url) {}
