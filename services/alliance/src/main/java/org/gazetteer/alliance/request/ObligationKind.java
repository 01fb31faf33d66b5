package org.gazetteer.alliance.request;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is still to be done once a loan is back, before its owner closes it. */
@Schema(
    description =
        "CONDITION_REPORT: the owner's report of the items' condition on return (met by"
            + " confirm-return with a report, or later); CITATION: the borrower's report of where"
            + " the loan was cited, when the owner made it a condition")
public enum ObligationKind {
  CONDITION_REPORT(Party.OWNER),
  CITATION(Party.REQUESTER);

  /** Who meets it. */
  final Party party;

  ObligationKind(Party party) {
    this.party = party;
  }

  /** The path segment: {@code condition-report}, {@code citation}. */
  public String path() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
