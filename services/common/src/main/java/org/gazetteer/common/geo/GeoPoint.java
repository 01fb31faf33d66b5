package org.gazetteer.common.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS 84 point. */
@Schema(description = "WGS 84 coordinates")
public record GeoPoint(
    @Schema(example = "30.66") @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
    @Schema(example = "104.06") @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

  /** The point, or null when either coordinate is missing. */
  public static GeoPoint of(Double lat, Double lon) {
    return lat == null || lon == null ? null : new GeoPoint(lat, lon);
  }
}
