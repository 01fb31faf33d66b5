package org.gazetteer.alliance.resource;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The record a resource shares: one of the owner's own published exhibits. */
@Schema(name = "ResourceSourceRequest")
public record SourceRequest(@NotNull SourceType type, @NotNull UUID id) {}
