package org.gazetteer.events.audit;

/** The kinds of record whose changes the events service audits. */
public enum EventRecordType {
  EVENT
}
