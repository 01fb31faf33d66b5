package org.gazetteer.alliance.resource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.Licence;

/** A shared resource as those who may see it read it. */
@Schema(name = "SharedResource")
public record ResourceResponse(
    UUID id,
    @Schema(description = "The owning member's code", example = "leshan") String owner,
    ResourceKind kind,
    LocalizedText title,
    @Schema(nullable = true) LocalizedText description,
    ResourceScope scope,
    @Schema(nullable = true) LocalizedText rights,
    @Schema(nullable = true) Licence licence,
    @Schema(nullable = true) LocalizedText terms,
    Delivery delivery,
    @Schema(nullable = true, description = "Items to lend, for PHYSICAL resources")
        Integer quantity,
    List<AvailabilityWindow> availability,
    @Schema(nullable = true) SourceView source,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
