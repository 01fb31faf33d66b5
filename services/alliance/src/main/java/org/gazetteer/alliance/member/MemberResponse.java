package org.gazetteer.alliance.member;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** A member institution as clients read it. */
@Schema(name = "Member")
public record MemberResponse(
    @Schema(description = "The institution's code", example = "chengdu") String code,
    LocalizedText name,
    MemberType type,
    @Schema(description = "6-digit administrative division code (GB/T 2260)", example = "510100")
        String division,
    MemberStatus status,
    @Schema(description = "True for records of the local demo data") boolean demo,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt) {}
