package org.gazetteer.museums.audit;

/** What a change to a record was. */
public enum AuditAction {
  CREATE,
  UPDATE,
  SUBMIT,
  APPROVE,
  REJECT,
  WITHDRAW,
  PUBLISH
}
