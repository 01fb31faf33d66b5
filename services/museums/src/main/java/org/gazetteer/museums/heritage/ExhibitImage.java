package org.gazetteer.museums.heritage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.Licence;

/**
 * An image of the object with its caption and licence: hosted elsewhere (an http or https URL), or
 * by the network itself (a root-relative {@code /media/…} path, answered as stored; clients resolve
 * it against the URL they read the record from, through the gateway its public URL).
 */
@Schema(name = "ExhibitImage")
public record ExhibitImage(
    @Schema(
            description =
                "An http or https URL, or a root-relative path under /media/ served by the"
                    + " network (returned as stored: resolve it against the URL the record came"
                    + " from)",
            pattern =
                "^(?:https?://[^\\s/?#]+[^\\s]*|/media(?:/[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*)+)$",
            example = "https://img.example.org/sc/fupin-cover.jpg")
        @NotBlank
        @Size(max = 2000)
        @Pattern(
            regexp = ExhibitImage.URL,
            message = "must be an http or https URL or a /media/ path")
        String url,
    @Schema(nullable = true) @Valid LocalizedText caption,
    @NotNull Licence licence,
    @Schema(
            nullable = true,
            description =
                "The image's width in pixels, entered by the curator; with height it places the"
                    + " image on a IIIF canvas")
        @Positive
        @Max(MAX_PIXELS)
        Integer width,
    @Schema(nullable = true, description = "The image's height in pixels, with width")
        @Positive
        @Max(MAX_PIXELS)
        Integer height) {

  /** The largest side accepted: well above any scan of a page or a map sheet. */
  public static final int MAX_PIXELS = 100_000;

  /** Whether both pixel dimensions are known. */
  public boolean dimensioned() {
    return width != null && height != null;
  }

  /** Width and height come together: a canvas needs both. */
  @JsonIgnore
  @Schema(hidden = true)
  @AssertTrue(message = "width and height are given together, or neither")
  public boolean isPixelSize() {
    return (width == null) == (height == null);
  }

  /**
   * Absolute http(s), or {@code /media} followed by path segments that do not start with a dot (so
   * neither {@code .} nor {@code ..} climbs out of it, and {@code //host} never appears).
   * Possessive throughout, so a failing match is linear in its length.
   */
  public static final String URL =
      "https?://[^\\s/?#]++[^\\s]*+|/media(?:/[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*+)++";
}
