package org.gazetteer.readingrooms.holding;

import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.readingrooms.room.Titles;

/** Maps holdings between the API records and the entity, field by field. */
final class HoldingMapper {

  private HoldingMapper() {}

  static HoldingResponse toResponse(Holding h) {
    return new HoldingResponse(
        h.id,
        h.roomCode,
        new LocalizedText(h.titleZh, h.titleEn),
        h.workType,
        h.editionYear,
        h.copies,
        h.shelfMark,
        h.demo,
        h.version,
        h.updatedAt);
  }

  static void apply(HoldingRequest r, Holding h) {
    h.titleZh = Titles.bare(r.title().zh());
    h.titleEn = r.title().en() == null ? null : Titles.bare(r.title().en());
    h.workType = r.workType();
    h.editionYear = r.editionYear();
    h.copies = r.copies();
    h.shelfMark = r.shelfMark() == null || r.shelfMark().isBlank() ? null : r.shelfMark().strip();
  }
}
