package org.gazetteer.alliance.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.audit.AuditEntry;
import org.gazetteer.common.audit.FieldChange;

/** One entry of an alliance record's history. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
    @Schema(example = "1") long version,
    AllianceAuditAction action,
    @Schema(example = "admin") String actor,
    OffsetDateTime at,
    @Schema(description = "Changed fields by dotted path, old → new")
        Map<String, FieldChange> changes,
    @Schema(nullable = true, description = "Reason given with a decision") String reason) {

  public static AuditEntryResponse of(AuditEntry e) {
    return new AuditEntryResponse(
        e.version(),
        AllianceAuditAction.valueOf(e.action()),
        e.actor(),
        e.at(),
        e.changes(),
        e.reason());
  }
}
