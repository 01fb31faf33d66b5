package org.gazetteer.alliance.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request as one of its sides (or an admin) reads it: the lender sees an outgoing loan, the
 * borrower an incoming one, each with the other party.
 */
@Schema(name = "ShareRequest")
public record RequestResponse(
    UUID id,
    RequestedResource resource,
    @Schema(description = "The lending side, the resource's owner") Counterpart owner,
    @Schema(description = "The borrowing side") Counterpart requester,
    @Schema(
            nullable = true,
            description =
                "The caller's side: LENDER (outgoing) or BORROWER (incoming); null for admins")
        RequestSide side,
    @Schema(nullable = true, description = "The other side from the caller's; null for admins")
        Counterpart counterpart,
    String purpose,
    @Schema(format = "date") LocalDate from,
    @Schema(format = "date") LocalDate to,
    @Schema(nullable = true, description = "Items, for PHYSICAL resources") Integer quantity,
    RequestStatus status,
    @Schema(description = "A physical loan still out (in transit or on loan) after its last day")
        boolean overdue,
    @Schema(description = "What the owner asked for, if it offered conditions")
        List<Condition> conditions,
    @Schema(
            description =
                "Obligations of a physical loan; the owner closes it once every one is met")
        List<Obligation> obligations,
    @Schema(nullable = true, description = "The owner's report of the condition on return")
        String returnReport,
    @Schema(
            description =
                "The actions the caller may take now (path segments, e.g. approve); empty for"
                    + " admins")
        List<String> actions,
    @Schema(description = "Every step, oldest first") List<TimelineEntry> timeline,
    @Schema(example = "0") long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
