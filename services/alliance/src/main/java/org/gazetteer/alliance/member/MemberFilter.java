package org.gazetteer.alliance.member;

/** Filters of the member list: a state, one institution or null for all, and the rest. */
record MemberFilter(MemberStatus status, String code, MemberType type, String division) {

  MemberFilter withCode(String scope) {
    return new MemberFilter(status, scope, type, division);
  }
}
