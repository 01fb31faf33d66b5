package org.gazetteer.alliance.member;

import java.util.List;

/**
 * The admins' decisions on a membership, {@code POST /api/alliance/members/{code}/{action}}: each
 * from one state to another; rejecting and suspending need a reason.
 */
public enum MemberAction {
  APPROVE(MemberStatus.APPLIED, MemberStatus.APPROVED, false),
  REJECT(MemberStatus.APPLIED, MemberStatus.REJECTED, true),
  SUSPEND(MemberStatus.APPROVED, MemberStatus.SUSPENDED, true),
  REINSTATE(MemberStatus.SUSPENDED, MemberStatus.APPROVED, false);

  final MemberStatus from;
  final MemberStatus to;
  final boolean needsReason;

  MemberAction(MemberStatus from, MemberStatus to, boolean needsReason) {
    this.from = from;
    this.to = to;
    this.needsReason = needsReason;
  }

  /** The actions allowed from {@code status}, by name in lower case. */
  static List<String> allowedFrom(MemberStatus status) {
    return java.util.Arrays.stream(values())
        .filter(a -> a.from == status)
        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
        .toList();
  }
}
