package org.gazetteer.alliance.member;

/** The kinds of record whose changes the alliance service audits. */
public enum AllianceRecordType {
  MEMBER
}
