package org.gazetteer.museums.exhibit;

/** An inclusive range of years, negative for BCE. */
record YearRange(int from, int to) {}
