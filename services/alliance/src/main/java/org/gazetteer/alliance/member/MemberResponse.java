package org.gazetteer.alliance.member;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.Contact;
import org.gazetteer.common.text.LocalizedText;

/** A member institution as clients read it. */
@Schema(name = "Member")
public record MemberResponse(
    @Schema(description = "The institution's code", example = "chengdu") String code,
    LocalizedText name,
    MemberType type,
    @Schema(description = "6-digit administrative division code (GB/T 2260)", example = "510100")
        String division,
    @Schema(nullable = true) Contact contact,
    MemberStatus status,
    @Schema(
            nullable = true,
            description = "The application's statement; for the institution itself and admins")
        String statement,
    @Schema(
            nullable = true,
            description =
                "Why the membership was rejected or suspended; for the institution itself and"
                    + " admins")
        String reason,
    @Schema(nullable = true) OffsetDateTime appliedAt,
    @Schema(nullable = true, description = "When an admin last decided") OffsetDateTime decidedAt,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt) {}
