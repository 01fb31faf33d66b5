package org.gazetteer.alliance.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.Licence;

/** A shared resource as its owner writes it. */
@Schema(name = "SharedResourceRequest")
public record ResourceRequest(
    @NotNull ResourceKind kind,
    @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @NotNull ResourceScope scope,
    @Schema(description = "Rights statement") @Valid LocalizedText rights,
    Licence licence,
    @Schema(description = "Terms of use or loan") @Valid LocalizedText terms,
    @NotNull Delivery delivery,
    @Schema(
            description = "Items to lend; required for PHYSICAL, absent otherwise",
            minimum = "1",
            maximum = "100000",
            format = "int32")
        @Min(1)
        @Max(100_000)
        Integer quantity,
    @Schema(description = "When it can be had; empty for always", maxItems = 50) @Size(max = 50)
        List<@Valid @NotNull AvailabilityWindow> availability,
    @Schema(description = "The record shared: one of the owner's published exhibits; optional")
        @Valid
        SourceRequest source) {}
