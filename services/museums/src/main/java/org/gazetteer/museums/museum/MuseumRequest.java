package org.gazetteer.museums.museum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.Contact;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.vocabulary.Codes;

/** A museum as an admin registers it. Ownership, status and versions are not client fields. */
@Schema(name = "MuseumRequest", description = "A museum to register")
public record MuseumRequest(
    @Schema(pattern = Codes.ANCHORED, example = "chengdu", description = "Stable lowercase slug")
        @NotNull
        @Pattern(regexp = Codes.CODE, message = "must be a lowercase slug such as chengdu")
        String code,
    @NotNull @Valid LocalizedText name,
    @NotNull MuseumKind kind,
    @Schema(
            pattern = Codes.ANCHORED,
            description = "Parent museum code; required for university branches",
            example = "sichuan")
        @Pattern(regexp = Codes.CODE, message = "must be a museum code")
        String parent,
    @Schema(
            pattern = "^" + Divisions.CODE + "$",
            description = "6-digit administrative division code (GB/T 2260)",
            example = "510100")
        @NotNull
        @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
        String division,
    @Valid LocalizedText address,
    @Valid GeoPoint location,
    @Size(max = 50) List<@Valid @NotNull OpeningHours> openingHours,
    @Valid Contact contact) {}
