package org.gazetteer.museums.audit;

/** What a change to a record was. */
public enum AuditAction {
  CREATE,
  UPDATE,
  SUBMIT,
  APPROVE,
  REJECT,
  WITHDRAW,
  PUBLISH,
  /** A change to a published exhibit, proposed for review. */
  PROPOSE_REVISION,
  /** A proposed change approved: the published exhibit now reads so. */
  APPROVE_REVISION,
  /** A proposed change rejected: the published version stays. */
  REJECT_REVISION,
  /** A proposed change dropped because the exhibit was withdrawn. */
  DISCARD_REVISION
}
