package org.gazetteer.museums.exhibitimport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A problem with one cell, row or header of an imported file. */
@Schema(name = "ImportIssue")
public record ImportIssue(
    @Schema(description = "Line in the file; the header is line 1", example = "3") int row,
    @Schema(
            nullable = true,
            description = "The column's header as written in the file; null for a whole row",
            example = "类别")
        String column,
    @Schema(example = "must be one of the category codes or their Chinese labels")
        String message) {}
