package org.gazetteer.alliance.member;

/** What a change to a membership was, as its history records it. */
public enum MemberAuditAction {
  APPLY,
  APPROVE,
  REJECT,
  SUSPEND,
  REINSTATE
}
