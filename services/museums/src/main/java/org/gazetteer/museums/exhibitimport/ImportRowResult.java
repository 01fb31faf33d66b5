package org.gazetteer.museums.exhibitimport;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import does, or would do, with one row. */
@Schema(name = "ImportRowResult")
public record ImportRowResult(
    @Schema(example = "2") int row,
    @Schema(example = "CD-2023-0001") String inventoryNo,
    ImportOutcome action,
    @Schema(
            nullable = true,
            description = "The exhibit; null for a row that would create one in a dry run")
        UUID id) {}
