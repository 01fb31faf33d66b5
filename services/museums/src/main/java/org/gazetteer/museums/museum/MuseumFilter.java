package org.gazetteer.museums.museum;

import org.gazetteer.common.search.ChineseText;
import org.gazetteer.common.search.SearchQuery;

/**
 * What a list of museums is narrowed to.
 *
 * @param text text one of the names contains, folded ({@link ChineseText#fold}), or null
 * @param pinyin the text as a pattern of the Chinese name's pinyin ({@link
 *     SearchQuery#pinyinPattern}), or null when it is no pinyin
 */
record MuseumFilter(MuseumKind kind, String parent, String division, String text, String pinyin) {

  /** The filter of a query {@code q} as typed (null or blank for none). */
  static MuseumFilter of(MuseumKind kind, String parent, String division, String q) {
    boolean none = q == null || q.isBlank();
    return new MuseumFilter(
        kind,
        parent,
        division,
        none ? null : ChineseText.fold(q.strip()),
        none ? null : SearchQuery.pinyinPattern(q));
  }

  /** Whether a museum's names hold the text (else it matched by pinyin only, ranked after). */
  boolean namesHold(Museum museum) {
    return museum.search.a != null && museum.search.a.contains(text);
  }
}
