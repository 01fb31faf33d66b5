package org.gazetteer.events.event;

/**
 * Where an event is in its life: {@code DRAFT → PUBLISHED → CANCELLED}. Drafts are seen only by
 * their organizer institution and admins; published and cancelled events are public.
 */
public enum EventStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED
}
