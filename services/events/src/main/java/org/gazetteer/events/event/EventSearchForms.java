package org.gazetteer.events.event;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/**
 * What an event is searched by: its titles (weight A, and the Chinese title read as pinyin), its
 * venue's name and address (B), its descriptions (C) — written by the entity before each insert and
 * update, and by common's backfill for rows that SQL wrote, through the same function.
 */
@ApplicationScoped
public class EventSearchForms {

  static SearchForms of(
      String titleZh,
      String titleEn,
      String venueNameZh,
      String venueNameEn,
      String venueAddressZh,
      String venueAddressEn,
      String descriptionZh,
      String descriptionEn) {
    return SearchForms.of(
        texts(titleZh, titleEn),
        texts(venueNameZh, venueNameEn, venueAddressZh, venueAddressEn),
        texts(descriptionZh, descriptionEn),
        titleZh);
  }

  static SearchForms of(Event e) {
    return of(
        e.titleZh,
        e.titleEn,
        e.venueNameZh,
        e.venueNameEn,
        e.venueAddressZh,
        e.venueAddressEn,
        e.descriptionZh,
        e.descriptionEn);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "event",
        "id",
        List.of(
            "title_zh",
            "title_en",
            "venue_name_zh",
            "venue_name_en",
            "venue_address_zh",
            "venue_address_en",
            "description_zh",
            "description_en"),
        row -> of(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]));
  }
}
