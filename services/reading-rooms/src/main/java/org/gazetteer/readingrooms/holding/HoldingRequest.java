package org.gazetteer.readingrooms.holding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.WorkType;

/** A holding as room staff record it; the room comes from the path. */
@Schema(name = "HoldingRequest", description = "A work the room holds")
public record HoldingRequest(
    @Schema(description = "Title; 《》 are dropped") @NotNull @Valid LocalizedText title,
    @NotNull WorkType workType,
    @Schema(example = "2022") @Min(1000) @Max(2100) Integer editionYear,
    @Schema(example = "2") @NotNull @Min(1) @Max(10000) Integer copies,
    @Schema(description = "Where it stands", example = "K29/107") @Size(max = 100)
        String shelfMark) {}
