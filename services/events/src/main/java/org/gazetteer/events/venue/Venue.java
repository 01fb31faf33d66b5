package org.gazetteer.events.venue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/**
 * Where an event takes place, as clients read it. For a museum or reading room, its name, address
 * and location as that service gave them when the event was last saved.
 */
@Schema(name = "Venue")
public record Venue(
    VenueType type,
    @Schema(nullable = true, example = "chengdu", description = "MUSEUM and READING_ROOM")
        String code,
    @Schema(nullable = true, description = "The museum's or reading room's name")
        LocalizedText name,
    @Schema(nullable = true) LocalizedText address,
    @Schema(nullable = true) GeoPoint location,
    @Schema(nullable = true, description = "ONLINE", example = "https://live.example.org/sichuan")
        String url) {}
