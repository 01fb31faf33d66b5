package org.gazetteer.events.event;

/** The life-cycle actions of an event: {@code POST /api/events/{id}/{action}}. */
public enum EventAction {
  /** DRAFT → PUBLISHED; needs at least one scheduled session. */
  PUBLISH,
  /** DRAFT or PUBLISHED → CANCELLED, with every session and registration. */
  CANCEL
}
