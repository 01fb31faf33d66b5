package org.gazetteer.readingrooms.room;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/**
 * What a room is found by with {@code q}: its names, host names and addresses folded, and its
 * Chinese name as pinyin — written by the entity before each insert and update, and by common's
 * backfill for rows that SQL wrote, through the same function.
 */
@ApplicationScoped
public class RoomSearchForms {

  static SearchForms of(
      String nameZh,
      String nameEn,
      String hostNameZh,
      String hostNameEn,
      String addressZh,
      String addressEn) {
    return SearchForms.of(
        texts(nameZh, nameEn, hostNameZh, hostNameEn, addressZh, addressEn),
        texts(),
        texts(),
        nameZh);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "reading_room",
        "code",
        List.of("name_zh", "name_en", "host_name_zh", "host_name_en", "address_zh", "address_en"),
        row -> of(row[0], row[1], row[2], row[3], row[4], row[5]));
  }
}
