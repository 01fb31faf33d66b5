package org.gazetteer.museums.search;

import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.exhibit.ExhibitCategory;
import org.gazetteer.museums.heritage.Grade;

/**
 * A search over published exhibits: an optional text query and filters that combine with it.
 *
 * @param tsQuery the text query as a tsquery (see {@link SearchQuery}), or null for none
 * @param pinyin the text query as a pattern of pinyin letters ({@link SearchQuery#pinyinPattern}),
 *     or null when it is none: titles read as pinyin match it too, ranked below text matches
 * @param division a division code; includes the divisions under it (by the holding museum)
 * @param covers a division code the work is about; includes the divisions under it
 * @param eraFrom with {@code eraTo}: exhibits whose dating overlaps this range of years
 */
public record ExhibitSearch(
    String tsQuery,
    String pinyin,
    String museum,
    ExhibitCategory category,
    WorkType workType,
    Grade grade,
    String division,
    String covers,
    Integer eraFrom,
    Integer eraTo) {

  public boolean ranked() {
    return tsQuery != null;
  }
}
