package org.gazetteer.museums.exhibition;

import java.time.LocalDate;

/**
 * What an exhibition list shows.
 *
 * @param museum only this museum's, or null for all
 * @param travelling only travelling (true) or only resident (false) exhibitions, or null for both
 * @param on only those showing on this day, or null
 */
record ExhibitionFilter(ExhibitionStatus status, String museum, Boolean travelling, LocalDate on) {}
