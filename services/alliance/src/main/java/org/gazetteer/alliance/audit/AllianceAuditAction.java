package org.gazetteer.alliance.audit;

/** What a change to an alliance record was, as its history records it. */
public enum AllianceAuditAction {
  APPLY,
  APPROVE,
  REJECT,
  SUSPEND,
  REINSTATE,
  CREATE,
  UPDATE
}
