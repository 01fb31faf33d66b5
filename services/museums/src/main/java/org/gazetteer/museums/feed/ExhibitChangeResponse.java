package org.gazetteer.museums.feed;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.museums.exhibit.ExhibitResponse;

/** One entry of the change feed. */
@Schema(name = "ExhibitChange")
public record ExhibitChangeResponse(
    @Schema(
            description = "Opaque position of this entry; pass it as since= to read what follows",
            example = "WyI0MiJd")
        String token,
    ChangeKind change,
    @Schema(description = "The exhibit's id") UUID exhibit,
    @Schema(example = "chengdu") String museum,
    @Schema(description = "The exhibit's version after this change", example = "3") long version,
    OffsetDateTime at,
    @Schema(
            nullable = true,
            type = SchemaType.OBJECT,
            description =
                "The exhibit as it is now, while it is published; null for a tombstone or an"
                    + " exhibit withdrawn since")
        ExhibitResponse record) {}
