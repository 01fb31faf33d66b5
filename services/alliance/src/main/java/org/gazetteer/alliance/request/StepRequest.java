package org.gazetteer.alliance.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a request's action. */
@Schema(name = "ShareRequestAction")
public record StepRequest(
    @Schema(
            description = "Kept on the timeline: a reason for a decline, a tracking number…",
            maxLength = 2000,
            nullable = true)
        @Size(max = 2000)
        String note,
    @Schema(
            description = "offer-conditions only, and required there: what the owner asks for",
            maxItems = 20,
            nullable = true)
        @Size(min = 1, max = 20)
        List<@Valid @NotNull Condition> conditions,
    @Schema(
            description =
                "confirm-return only: the condition of the items on return (meets the"
                    + " CONDITION_REPORT obligation)",
            maxLength = 4000,
            nullable = true)
        @Size(max = 4000)
        String report) {

  static final StepRequest NONE = new StepRequest(null, null, null);
}
