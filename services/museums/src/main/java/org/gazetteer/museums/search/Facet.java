package org.gazetteer.museums.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many matching exhibits share one value of a field. */
@Schema(name = "Facet")
public record Facet(
    @Schema(
            nullable = true,
            example = "chengdu",
            description = "The value; null counts the exhibits without one")
        String value,
    @Schema(example = "12") long count) {}
