package org.gazetteer.museums.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.audit.AuditEntry;
import org.gazetteer.common.audit.FieldChange;

/** One entry of a record's history. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
    @Schema(example = "3") long version,
    AuditAction action,
    @Schema(example = "curator.chengdu") String actor,
    OffsetDateTime at,
    @Schema(description = "Changed fields by dotted path, old → new")
        Map<String, FieldChange> changes,
    @Schema(nullable = true, description = "Reason given with a workflow action") String reason) {

  public static AuditEntryResponse of(AuditEntry e) {
    return new AuditEntryResponse(
        e.version(), AuditAction.valueOf(e.action()), e.actor(), e.at(), e.changes(), e.reason());
  }
}
