package org.gazetteer.events.event;

import java.time.LocalDate;
import org.gazetteer.events.venue.VenueType;

/**
 * Filters of the event list: a state, and the rest null for "any". Without {@code from} and {@code
 * to}, published and cancelled events are the upcoming ones (a session not yet over); drafts are
 * listed whatever their dates.
 *
 * @param tsQuery the text query as a tsquery, or null
 * @param pinyin the text query as a pattern of pinyin letters, or null when it is none: titles read
 *     as pinyin match too, listed after the text matches
 */
public record EventFilter(
    EventStatus status,
    String organizer,
    EventTarget target,
    EventKind kind,
    String division,
    VenueType venueType,
    String venue,
    LocalDate from,
    LocalDate to,
    String tsQuery,
    String pinyin) {

  public EventFilter withOrganizer(String scope) {
    return new EventFilter(
        status, scope, target, kind, division, venueType, venue, from, to, tsQuery, pinyin);
  }

  /** Whether text matches come before pinyin matches (the list then pages on both). */
  public boolean ranked() {
    return tsQuery != null && pinyin != null;
  }

  /** Whether only events with a session still to end are listed. */
  public boolean upcomingOnly() {
    return from == null && to == null && status != EventStatus.DRAFT;
  }
}
