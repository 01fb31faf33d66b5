package org.gazetteer.museums.exhibit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The era or date of an exhibit as the curator writes it. */
@Schema(name = "DatingRequest")
public record DatingRequest(
    @Schema(example = "清乾隆二十年", description = "Free label: a year, a dynasty, a reign year…")
        @NotBlank
        @Size(max = 100)
        String label) {}
