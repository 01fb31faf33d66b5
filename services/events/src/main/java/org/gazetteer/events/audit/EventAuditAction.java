package org.gazetteer.events.audit;

/** What a change to an event was; session changes are part of their event's history. */
public enum EventAuditAction {
  CREATE,
  UPDATE,
  PUBLISH,
  CANCEL,
  ADD_SESSION,
  UPDATE_SESSION,
  CANCEL_SESSION,
  HEAD_COUNT
}
