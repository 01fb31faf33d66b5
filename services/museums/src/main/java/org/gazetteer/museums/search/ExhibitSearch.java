package org.gazetteer.museums.search;

import org.gazetteer.museums.exhibit.ExhibitCategory;
import org.gazetteer.museums.exhibit.WorkType;

/**
 * A search over published exhibits: an optional text query and filters that combine with it.
 *
 * @param tsQuery the text query as a tsquery (see {@link SearchQuery}), or null for none
 * @param division a division code; includes the divisions under it (by the holding museum)
 * @param eraFrom with {@code eraTo}: exhibits whose dating overlaps this range of years
 */
public record ExhibitSearch(
    String tsQuery,
    String museum,
    ExhibitCategory category,
    WorkType workType,
    String division,
    Integer eraFrom,
    Integer eraTo) {

  public boolean ranked() {
    return tsQuery != null;
  }
}
