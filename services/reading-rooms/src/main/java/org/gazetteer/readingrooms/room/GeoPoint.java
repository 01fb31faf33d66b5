package org.gazetteer.readingrooms.room;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS 84 point. */
@Schema(description = "WGS 84 coordinates")
public record GeoPoint(
    @Schema(example = "30.64") Double lat, @Schema(example = "104.04") Double lon) {}
