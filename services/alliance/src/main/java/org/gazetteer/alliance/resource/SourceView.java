package org.gazetteer.alliance.resource;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** The record a resource shares, with what museums says of it now. */
@Schema(name = "ResourceSource")
public record SourceView(
    SourceType type,
    UUID id,
    @Schema(
            nullable = true,
            description =
                "The exhibit's current title; null when museums could not be asked or it is no"
                    + " longer published")
        LocalizedText title,
    @Schema(nullable = true, description = "The exhibit's first image, as museums serves it")
        String image) {}
