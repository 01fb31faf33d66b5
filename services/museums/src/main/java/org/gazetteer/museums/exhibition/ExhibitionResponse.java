package org.gazetteer.museums.exhibition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** An exhibition as clients read it. */
@Schema(name = "Exhibition")
public record ExhibitionResponse(
    UUID id,
    @Schema(example = "chengdu") String museum,
    LocalizedText title,
    @Schema(nullable = true) LocalizedText description,
    @Schema(example = "2026-12-01") LocalDate startsOn,
    @Schema(nullable = true, example = "2027-03-31") LocalDate endsOn,
    boolean travelling,
    @Schema(
            description =
                "Exhibit ids in the order shown; outside the museum, only the published ones")
        List<UUID> exhibits,
    ExhibitionStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    @Schema(
            nullable = true,
            example = "curator.chengdu",
            description =
                "The staff user who registered it: shown to the museum's curators and network"
                    + " admins only, null for everyone else")
        String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
