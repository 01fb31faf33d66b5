package org.gazetteer.alliance.audit;

/** The kinds of record whose changes the alliance service audits. */
public enum AllianceRecordType {
  MEMBER,
  RESOURCE
}
