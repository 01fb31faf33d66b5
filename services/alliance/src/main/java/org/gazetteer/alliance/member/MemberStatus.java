package org.gazetteer.alliance.member;

/**
 * Where a membership stands: an institution applies, network admins approve or reject it, and may
 * suspend an approved member. Only APPROVED members are public.
 */
public enum MemberStatus {
  APPLIED,
  APPROVED,
  REJECTED,
  SUSPENDED
}
