package org.gazetteer.museums.exhibit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.heritage.Acquisition;
import org.gazetteer.museums.heritage.Dimensions;
import org.gazetteer.museums.heritage.ExhibitCondition;
import org.gazetteer.museums.heritage.ExhibitImage;
import org.gazetteer.museums.heritage.Grade;
import org.gazetteer.museums.heritage.Material;
import org.gazetteer.museums.heritage.PreservationState;
import org.gazetteer.museums.heritage.Quantity;

/** An exhibit as clients read it; absent optional fields are null (lists are empty). */
@Schema(name = "Exhibit")
public record ExhibitResponse(
    UUID id,
    @Schema(example = "chengdu", description = "The holding museum") String museum,
    @Schema(example = "CD-2023-0001") String inventoryNo,
    @Schema(nullable = true, example = "510104218000000000123") String censusNo,
    LocalizedText title,
    ExhibitCategory category,
    @Schema(nullable = true) WorkType workType,
    @Schema(nullable = true) Dating dating,
    @Schema(nullable = true) Material material,
    @Schema(nullable = true) Quantity quantity,
    @Schema(nullable = true) Dimensions dimensions,
    @Schema(nullable = true, example = "0.85") BigDecimal massKg,
    @Schema(nullable = true) ExhibitCondition condition,
    @Schema(nullable = true) PreservationState preservation,
    @Schema(nullable = true) Acquisition acquisition,
    @Schema(nullable = true) Grade grade,
    @Schema(nullable = true) LocalizedText compiler,
    @Schema(nullable = true, example = "2021年版") String edition,
    List<String> divisionsCovered,
    @Schema(nullable = true) LocalizedText description,
    List<String> keywords,
    List<ExhibitImage> images,
    @Schema(nullable = true) LocalizedText rights,
    ExhibitStatus status,
    @Schema(nullable = true) PendingRevision pendingRevision,
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
