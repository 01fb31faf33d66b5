package org.gazetteer.alliance.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.text.Contact;
import org.gazetteer.common.text.LocalizedText;

/** An institution's application to the alliance; the institution is the applicant's own. */
@Schema(name = "MemberApplication")
public record MemberApplication(
    @NotNull @Valid LocalizedText name,
    @NotNull MemberType type,
    @Schema(
            description = "6-digit division code (GB/T 2260)",
            example = "511100",
            pattern = "^" + Divisions.CODE + "$")
        @NotNull
        @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
        String division,
    @Valid Contact contact,
    @Schema(
            description = "Why the institution joins and what it shares; read by admins",
            maxLength = 4000)
        @NotNull
        @Size(min = 1, max = 4000)
        String statement) {}
