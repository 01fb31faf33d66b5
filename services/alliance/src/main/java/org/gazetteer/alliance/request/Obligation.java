package org.gazetteer.alliance.request;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something to be done before a returned loan is closed, and whether it was. */
@Schema(name = "RequestObligation")
public record Obligation(
    ObligationKind kind,
    @Schema(description = "The side that meets it") Party party,
    @Schema(nullable = true, description = "When it was met; null while open") OffsetDateTime metAt,
    @Schema(nullable = true, description = "The report or citation given when it was met")
        String note) {

  static Obligation open(ObligationKind kind) {
    return new Obligation(kind, kind.party, null, null);
  }

  boolean met() {
    return metAt != null;
  }
}
