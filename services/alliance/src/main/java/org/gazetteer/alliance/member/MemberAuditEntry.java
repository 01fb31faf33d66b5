package org.gazetteer.alliance.member;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.audit.AuditEntry;
import org.gazetteer.common.audit.FieldChange;

/** One entry of a membership's history. */
@Schema(name = "AuditEntry")
public record MemberAuditEntry(
    @Schema(example = "1") long version,
    MemberAuditAction action,
    @Schema(example = "admin") String actor,
    OffsetDateTime at,
    @Schema(description = "Changed fields by dotted path, old → new")
        Map<String, FieldChange> changes,
    @Schema(nullable = true, description = "Reason given with a decision") String reason) {

  static MemberAuditEntry of(AuditEntry e) {
    return new MemberAuditEntry(
        e.version(),
        MemberAuditAction.valueOf(e.action()),
        e.actor(),
        e.at(),
        e.changes(),
        e.reason());
  }
}
