package org.gazetteer.events.registration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party's registration for a session. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
    @Schema(description = "The session's id", example = "00000000-0000-4000-8000-0000000e0011")
        @NotNull
        UUID session,
    @Schema(
            description =
                "People registered together, 1 to events.max-party (5); a school class registers"
                    + " as one party",
            example = "1",
            minimum = "1",
            maximum = "5",
            format = "int32")
        @NotNull
        @Min(1)
        Integer party) {}
