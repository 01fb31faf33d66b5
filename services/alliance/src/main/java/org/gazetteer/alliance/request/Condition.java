package org.gazetteer.alliance.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One condition of a loan or a use, as the owner offered it. */
@Schema(name = "RequestCondition")
public record Condition(
    @NotNull ConditionKind kind,
    @Schema(
            nullable = true,
            maxLength = 500,
            description = "Details; required for INSURANCE (the value) and OTHER",
            example = "保险金额人民币50万元")
        @Size(max = 500)
        String note) {}
