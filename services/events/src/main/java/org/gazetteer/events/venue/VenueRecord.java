package org.gazetteer.events.venue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/**
 * The part of a museum or reading room (as their services serve it) an event keeps: what it is
 * called, where it is, and whether it is in service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VenueRecord(
    String code,
    LocalizedText name,
    String division,
    LocalizedText address,
    GeoPoint location,
    String status) {

  /** Museums are {@code ACTIVE}, reading rooms {@code ACTIVE} or {@code CLOSED}. */
  boolean inService() {
    return status == null || "ACTIVE".equals(status);
  }
}
