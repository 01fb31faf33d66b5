package org.gazetteer.alliance.request;

/** Which side of a request a member looks from: lending its resource or borrowing another's. */
public enum RequestSide {
  LENDER,
  BORROWER;

  Party party() {
    return this == LENDER ? Party.OWNER : Party.REQUESTER;
  }

  static RequestSide of(Party party) {
    return party == Party.OWNER ? LENDER : BORROWER;
  }
}
