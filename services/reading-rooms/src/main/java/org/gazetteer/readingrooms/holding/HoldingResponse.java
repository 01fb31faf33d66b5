package org.gazetteer.readingrooms.holding;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.WorkType;

/** A holding as clients read it. */
@Schema(name = "Holding")
public record HoldingResponse(
    UUID id,
    @Schema(example = "wuhou-001") String room,
    LocalizedText title,
    WorkType workType,
    @Schema(nullable = true, example = "2022") Integer editionYear,
    @Schema(example = "2") int copies,
    @Schema(nullable = true, example = "K29/107") String shelfMark,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt) {}
