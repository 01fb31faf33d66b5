package org.gazetteer.alliance.resource;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/**
 * What a shared resource is searched by: its titles (weight A) and descriptions (C), folded —
 * written by the entity before each insert and update, and by common's backfill for rows that SQL
 * wrote, through the same function.
 */
@ApplicationScoped
public class ResourceSearchForms {

  static SearchForms of(
      String titleZh, String titleEn, String descriptionZh, String descriptionEn) {
    return SearchForms.of(
        texts(titleZh, titleEn), texts(), texts(descriptionZh, descriptionEn), null);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "shared_resource",
        "id",
        List.of("title_zh", "title_en", "description_zh", "description_en"),
        row -> of(row[0], row[1], row[2], row[3]));
  }
}
