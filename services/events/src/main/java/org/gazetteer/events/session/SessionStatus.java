package org.gazetteer.events.session;

/** Whether a session takes place. A cancelled session stays, so feeds can say it is off. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
