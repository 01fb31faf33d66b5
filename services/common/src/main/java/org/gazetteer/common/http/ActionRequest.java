package org.gazetteer.common.http;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of an action ({@code POST …/{id}/{action}}, docs/api-conventions.md): a reason,
 * required by some actions (a rejection) and kept with the record's history.
 */
@Schema(name = "ActionRequest")
public record ActionRequest(
    @Schema(example = "Inventory number does not match the register", maxLength = 2000)
        @Size(max = 2000)
        String reason) {}
