package org.gazetteer.museums.heritage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** An image of the object, hosted elsewhere, with its caption and licence. */
@Schema(name = "ExhibitImage")
public record ExhibitImage(
    @Schema(
            pattern = "^https?://[^\\s/?#]+[^\\s]*$",
            example = "https://img.example.org/sc/fupin-cover.jpg")
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://[^\\s/?#]++[^\\s]*+", message = "must be an http or https URL")
        String url,
    @Schema(nullable = true) @Valid LocalizedText caption,
    @NotNull Licence licence) {}
