package org.gazetteer.museums.museum;

/** Filters of the museum list; null means "any". */
/**
 * What a list of museums is narrowed to.
 *
 * @param text text the Chinese or English name contains, or null
 */
record MuseumFilter(MuseumKind kind, String parent, String division, String text) {}
