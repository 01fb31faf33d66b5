package org.gazetteer.museums.exhibitimport;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The per-row report of an import or of its dry run. */
@Schema(name = "ImportReport")
public record ImportReport(
    @Schema(description = "True when nothing was written") boolean dryRun,
    @Schema(description = "True when every row was written, in one transaction") boolean committed,
    @Schema(description = "Data rows in the file", example = "120") int rows,
    @Schema(example = "100") int creates,
    @Schema(description = "Exhibits not yet published, updated in place", example = "15")
        int updates,
    @Schema(
            description =
                "Published exhibits whose update becomes their pending revision, for review",
            example = "5")
        int revisions,
    List<ImportRowResult> items,
    @Schema(description = "Problems by row and column; an import with any writes nothing")
        List<ImportIssue> errors) {}
