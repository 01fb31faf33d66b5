package org.gazetteer.alliance.request;

/** Where a request for a shared resource stands (the alliance's loan and sharing workflow). */
public enum RequestStatus {
  REQUESTED,
  /** The owner answered with conditions; the requester accepts or declines them. */
  CONDITIONAL,
  APPROVED,
  DECLINED,
  CANCELLED,
  /** A physical loan on its way to the requester. */
  IN_TRANSIT,
  ON_LOAN,
  /** On its way back to the owner. */
  RETURNING,
  /** Back, with the condition on return; obligations (a citation, a report) may still be open. */
  RETURNED,
  CLOSED,
  /** A digital resource or a service delivered. */
  COMPLETED
}
