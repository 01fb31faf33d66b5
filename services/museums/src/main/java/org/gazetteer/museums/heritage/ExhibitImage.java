package org.gazetteer.museums.heritage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    @NotNull Licence licence) {

  /**
   * Absolute http(s), or {@code /media} followed by path segments that do not start with a dot (so
   * neither {@code .} nor {@code ..} climbs out of it, and {@code //host} never appears).
   * Possessive throughout, so a failing match is linear in its length.
   */
  public static final String URL =
      "https?://[^\\s/?#]++[^\\s]*+|/media(?:/[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*+)++";
}
