package org.gazetteer.museums.exhibit;

/** Filters of the exhibit list: a state, and a museum or null for all. */
record ExhibitFilter(ExhibitStatus status, String museum) {}
