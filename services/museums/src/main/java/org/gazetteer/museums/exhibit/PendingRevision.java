package org.gazetteer.museums.exhibit;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a change to a published exhibit waits for review, as its curators see on the exhibit. */
@Schema(
    name = "PendingRevision",
    description =
        "A change to this published exhibit waiting for review: shown to the museum's curators and"
            + " network admins only, null otherwise")
public record PendingRevision(
    @Schema(description = "The revision's ETag", example = "1") long version,
    @Schema(example = "curator.chengdu") String author,
    OffsetDateTime proposedAt) {

  static PendingRevision of(ExhibitRevision revision) {
    return revision == null || !revision.pending()
        ? null
        : new PendingRevision(revision.version, revision.author, revision.proposedAt);
  }
}
