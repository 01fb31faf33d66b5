package org.gazetteer.museums.exhibit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The curator's label with the year range read from it; null years when it was not understood. */
@Schema(name = "Dating")
public record Dating(
    @Schema(example = "清乾隆二十年") String label,
    @Schema(
            nullable = true,
            example = "1755",
            description = "First year (negative for BCE); null if not parsed")
        Integer from,
    @Schema(nullable = true, example = "1755", description = "Last year; null if not parsed")
        Integer to,
    @Schema(description = "Whether the label was understood as a year range") boolean parsed) {}
