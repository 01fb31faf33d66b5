package org.gazetteer.events.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.audit.AuditEntry;
import org.gazetteer.common.audit.FieldChange;

/** One entry of an event's history. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(
    @Schema(description = "The event's version after the change", example = "3") long version,
    EventAuditAction action,
    @Schema(example = "organizer.chengdu") String actor,
    OffsetDateTime at,
    @Schema(
            description =
                "Changed fields by dotted path, old → new; a session's fields as"
                    + " sessions.<id>.<field>")
        Map<String, FieldChange> changes,
    @Schema(nullable = true, description = "Reason given with an action") String reason) {

  public static AuditEntryResponse of(AuditEntry e) {
    return new AuditEntryResponse(
        e.version(),
        EventAuditAction.valueOf(e.action()),
        e.actor(),
        e.at(),
        e.changes(),
        e.reason());
  }
}
