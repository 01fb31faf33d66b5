package org.gazetteer.events.event;

import org.gazetteer.common.text.LocalizedText;

/** Maps events from the entity to the API records, field by field. */
final class EventMapper {

  private EventMapper() {}

  static EventResponse toResponse(Event e) {
    return new EventResponse(
        e.id,
        new LocalizedText(e.titleZh, e.titleEn),
        LocalizedText.of(e.descriptionZh, e.descriptionEn),
        e.target,
        e.kind,
        e.organizer,
        e.division,
        e.status,
        e.demo,
        e.version,
        e.createdAt,
        e.updatedAt);
  }
}
