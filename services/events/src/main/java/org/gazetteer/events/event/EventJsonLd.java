package org.gazetteer.events.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.linkeddata.JsonLd;
import org.gazetteer.events.session.SessionResponse;
import org.gazetteer.events.session.SessionStatus;
import org.gazetteer.events.venue.Venue;
import org.gazetteer.events.venue.VenueType;

/**
 * A published or cancelled event as a schema.org {@code Event}: its sessions as {@code subEvent}s,
 * the venue as {@code location} (the museum's or reading room's own record by {@code @id}, a place
 * with an address, or a {@code VirtualLocation}), the organizer, {@code eventStatus} and {@code
 * eventAttendanceMode}.
 */
final class EventJsonLd {

  private static final String SCHEMA = "https://schema.org/";

  private EventJsonLd() {}

  /**
   * @param self the event's URL
   * @param venueUrl the URL of the museum or reading room it takes place in, or null
   */
  static Map<String, Object> of(EventResponse e, String self, String venueUrl) {
    Map<String, Object> node = JsonLd.node(self, "Event");
    JsonLd.put(node, "identifier", e.id().toString());
    JsonLd.put(node, "name", JsonLd.text(e.title()));
    JsonLd.put(node, "description", JsonLd.text(e.description()));
    node.put("eventStatus", iri(status(e.status() == EventStatus.CANCELLED)));
    node.put(
        "eventAttendanceMode",
        iri(
            e.venue().type() == VenueType.ONLINE
                ? "OnlineEventAttendanceMode"
                : "OfflineEventAttendanceMode"));
    List<SessionResponse> sessions = e.sessions();
    JsonLd.put(node, "startDate", first(sessions));
    JsonLd.put(node, "endDate", last(sessions));
    node.put("location", location(e.venue(), venueUrl));
    node.put("organizer", Map.of("@type", "Organization", "identifier", e.organizer()));
    node.put("audience", Map.of("@type", "Audience", "audienceType", e.target().en()));
    JsonLd.put(node, "keywords", e.kind().en());
    List<Object> subEvents = new ArrayList<>();
    for (SessionResponse s : sessions) {
      Map<String, Object> sub = new LinkedHashMap<>();
      sub.put("@id", self + "/sessions/" + s.id());
      sub.put("@type", "Event");
      sub.put("startDate", s.start().toString());
      sub.put("endDate", s.end().toString());
      sub.put("eventStatus", iri(status(s.status() == SessionStatus.CANCELLED)));
      sub.put("maximumAttendeeCapacity", s.capacity());
      sub.put("remainingAttendeeCapacity", s.available());
      subEvents.add(sub);
    }
    JsonLd.put(node, "subEvent", subEvents);
    return node;
  }

  private static String status(boolean cancelled) {
    return cancelled ? "EventCancelled" : "EventScheduled";
  }

  private static Map<String, Object> iri(String term) {
    return Map.of("@id", SCHEMA + term);
  }

  private static String first(List<SessionResponse> sessions) {
    return sessions.stream()
        .map(SessionResponse::start)
        .min(OffsetDateTime::compareTo)
        .map(OffsetDateTime::toString)
        .orElse(null);
  }

  private static String last(List<SessionResponse> sessions) {
    return sessions.stream()
        .map(SessionResponse::end)
        .max(OffsetDateTime::compareTo)
        .map(OffsetDateTime::toString)
        .orElse(null);
  }

  private static Map<String, Object> location(Venue venue, String venueUrl) {
    Map<String, Object> place = new LinkedHashMap<>();
    switch (venue.type()) {
      case ONLINE -> {
        place.put("@type", "VirtualLocation");
        place.put("url", venue.url());
        return place;
      }
      case MUSEUM -> {
        place.put("@id", venueUrl);
        place.put("@type", "Museum");
      }
      case READING_ROOM -> {
        place.put("@id", venueUrl);
        place.put("@type", "Library");
      }
      case ADDRESS -> place.put("@type", "Place");
    }
    JsonLd.put(place, "identifier", venue.code());
    JsonLd.put(place, "name", JsonLd.text(venue.name()));
    JsonLd.put(place, "address", JsonLd.text(venue.address()));
    GeoPoint at = venue.location();
    if (at != null) {
      place.put(
          "geo", Map.of("@type", "GeoCoordinates", "latitude", at.lat(), "longitude", at.lon()));
    }
    return place;
  }
}
