package org.gazetteer.events.event;

/** Filters of the event list: a state, and the rest null for "any". */
record EventFilter(
    EventStatus status, String organizer, EventTarget target, EventKind kind, String division) {

  EventFilter withOrganizer(String scope) {
    return new EventFilter(status, scope, target, kind, division);
  }
}
