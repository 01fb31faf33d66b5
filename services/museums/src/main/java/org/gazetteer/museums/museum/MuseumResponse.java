package org.gazetteer.museums.museum;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.Contact;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;

/** A museum as clients read it. */
@Schema(name = "Museum")
public record MuseumResponse(
    @Schema(example = "chengdu") String code,
    LocalizedText name,
    MuseumKind kind,
    @Schema(nullable = true, example = "sichuan") String parent,
    @Schema(example = "510100") String division,
    @Schema(nullable = true) LocalizedText address,
    @Schema(nullable = true) GeoPoint location,
    List<OpeningHours> openingHours,
    @Schema(nullable = true) Contact contact,
    @Schema(example = "ACTIVE") String status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt) {}
