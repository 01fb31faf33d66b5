package org.gazetteer.events.registration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-in: the code the registrant shows (by code only), and how many of the party came. */
@Schema(name = "CheckInRequest")
public record CheckInRequest(
    @Schema(
            description = "The registrant's check-in code; required when checking in by code",
            example = "K7M2Q9XA",
            pattern = "^[2-9A-HJ-NP-Za-hj-np-z]{8}$")
        @Pattern(
            regexp = "[2-9A-HJ-NP-Za-hj-np-z]{8}",
            message = "must be an 8-character check-in code")
        String code,
    @Schema(
            nullable = true,
            description = "How many of the party came; the whole party when absent",
            example = "2",
            minimum = "1",
            format = "int32")
        @Min(1)
        Integer people) {}
