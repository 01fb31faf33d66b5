package org.gazetteer.museums.exhibit;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a workflow action. */
@Schema(name = "ActionRequest")
public record ActionRequest(
    @Schema(example = "Inventory number does not match the register") @Size(max = 2000)
        String reason) {}
