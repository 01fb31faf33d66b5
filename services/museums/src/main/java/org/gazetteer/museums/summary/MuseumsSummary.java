package org.gazetteer.museums.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The size of the network's museum register, as the alliance's network statistics read it. */
@Schema(name = "MuseumsSummary")
public record MuseumsSummary(
    @Schema(description = "Active museums, university branches included", example = "44")
        long museums,
    @Schema(description = "Active university branch museums", example = "10")
        long universityBranches,
    @Schema(description = "Published exhibits", example = "52") long publishedExhibits,
    @Schema(description = "Published exhibitions", example = "3") long exhibitions) {}
