package org.gazetteer.museums.exhibit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.audit.FieldChange;

/** A pending revision of a published exhibit, with what it would change. */
@Schema(name = "ExhibitRevision")
public record RevisionResponse(
    @Schema(description = "The exhibit revised") UUID exhibit,
    @Schema(description = "The revision's version, also its ETag", example = "1") long version,
    @Schema(description = "Who proposed it", example = "curator.chengdu") String author,
    OffsetDateTime proposedAt,
    @Schema(description = "The version of the published exhibit it would replace", example = "3")
        long publishedVersion,
    @Schema(description = "The exhibit as it will read once the revision is approved")
        ExhibitResponse proposed,
    @Schema(description = "The fields it changes by dotted path, published → proposed")
        Map<String, FieldChange> changes) {}
