package org.gazetteer.museums.exhibit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** An exhibit as clients read it. */
@Schema(name = "Exhibit")
public record ExhibitResponse(
    UUID id,
    @Schema(example = "chengdu") String museum,
    @Schema(example = "CD-2023-0001") String inventoryNo,
    LocalizedText title,
    ExhibitCategory category,
    WorkType workType,
    Dating dating,
    LocalizedText description,
    List<String> keywords,
    ExhibitStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    @Schema(example = "curator.chengdu") String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
