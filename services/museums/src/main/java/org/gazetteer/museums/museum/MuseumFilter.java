package org.gazetteer.museums.museum;

/** Filters of the museum list; null means "any". */
record MuseumFilter(MuseumKind kind, String parent, String division) {}
