package org.gazetteer.events.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionResponse;
import org.gazetteer.events.venue.Venue;
import org.gazetteer.events.venue.VenueCheck;

/** Maps events between the entity and the API records, field by field. */
final class EventMapper {

  private EventMapper() {}

  /** The response; {@code createdBy} only for callers who read the event's internal fields. */
  static EventResponse toResponse(Event e, List<EventSession> sessions, boolean internal) {
    return new EventResponse(
        e.id,
        new LocalizedText(e.titleZh, e.titleEn),
        LocalizedText.of(e.descriptionZh, e.descriptionEn),
        e.target,
        e.kind,
        e.organizer,
        e.division,
        venue(e),
        e.status,
        e.cancelReason,
        sessions.stream().map(SessionResponse::of).toList(),
        internal ? e.createdBy : null,
        e.demo,
        e.version,
        e.createdAt,
        e.updatedAt,
        e.publishedAt);
  }

  static Venue venue(Event e) {
    return new Venue(
        e.venueType,
        e.venueCode,
        LocalizedText.of(e.venueNameZh, e.venueNameEn),
        LocalizedText.of(e.venueAddressZh, e.venueAddressEn),
        GeoPoint.of(e.venueLat, e.venueLon),
        e.venueUrl);
  }

  /** Copies the client fields and the checked venue into the entity. */
  static void apply(EventRequest r, VenueCheck.Resolved venue, String division, Event e) {
    e.titleZh = r.title().zh();
    e.titleEn = blankToNull(r.title().en());
    e.descriptionZh = r.description() == null ? null : r.description().zh();
    e.descriptionEn = r.description() == null ? null : blankToNull(r.description().en());
    e.target = r.target();
    e.kind = r.kind();
    e.division = division;
    Venue v = venue.venue();
    e.venueType = v.type();
    e.venueCode = v.code();
    e.venueNameZh = v.name() == null ? null : v.name().zh();
    e.venueNameEn = v.name() == null ? null : blankToNull(v.name().en());
    e.venueAddressZh = v.address() == null ? null : v.address().zh();
    e.venueAddressEn = v.address() == null ? null : blankToNull(v.address().en());
    e.venueLat = v.location() == null ? null : v.location().lat();
    e.venueLon = v.location() == null ? null : v.location().lon();
    e.venueUrl = v.url();
  }

  /** The audited fields of an event as a flat map (see common's Snapshots). */
  static Map<String, Object> snapshot(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title.zh", e.titleZh);
    m.put("title.en", e.titleEn);
    m.put("description.zh", e.descriptionZh);
    m.put("description.en", e.descriptionEn);
    m.put("target", name(e.target));
    m.put("kind", name(e.kind));
    m.put("division", e.division);
    m.put("venue.type", name(e.venueType));
    m.put("venue.code", e.venueCode);
    m.put("venue.address.zh", e.venueAddressZh);
    m.put("venue.location", e.venueLat == null ? null : e.venueLat + "," + e.venueLon);
    m.put("venue.url", e.venueUrl);
    m.put("status", name(e.status));
    return m;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
