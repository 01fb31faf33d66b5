package org.gazetteer.readingrooms.holding;

import static org.gazetteer.common.search.SearchForms.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import org.gazetteer.common.search.SearchForms;
import org.gazetteer.common.search.SearchTable;

/**
 * A holding's titles as "where can I read 《…》" compares them: the Chinese title folded in {@code
 * search_a}, the English one in {@code search_b} — so 《巴蜀史誌》 finds a room holding 巴蜀史志.
 */
@ApplicationScoped
public class HoldingSearchForms {

  static SearchForms of(String titleZh, String titleEn) {
    return SearchForms.of(texts(titleZh), texts(titleEn), texts(), null);
  }

  @Produces
  SearchTable table() {
    return new SearchTable(
        "holding", "id", List.of("title_zh", "title_en"), row -> of(row[0], row[1]));
  }
}
