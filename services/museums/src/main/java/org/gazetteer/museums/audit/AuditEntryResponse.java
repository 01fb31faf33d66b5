package org.gazetteer.museums.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

  static AuditEntryResponse of(AuditEntry e) {
    return new AuditEntryResponse(e.version, e.action, e.actor, e.at, e.changes, e.reason);
  }
}
