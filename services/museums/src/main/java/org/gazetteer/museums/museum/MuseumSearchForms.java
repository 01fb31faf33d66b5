package org.gazetteer.museums.museum;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/** What a museum is found by with {@code q}: its names, folded, and its Chinese name as pinyin. */
@ApplicationScoped
public class MuseumSearchForms {

  static SearchForms of(String nameZh, String nameEn) {
    return SearchForms.of(texts(nameZh, nameEn), texts(), texts(), nameZh);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "museum", "code", List.of("name_zh", "name_en"), row -> of(row[0], row[1]));
  }
}
