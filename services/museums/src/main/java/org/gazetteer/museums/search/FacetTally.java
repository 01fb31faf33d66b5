package org.gazetteer.museums.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Adds up the counts per (museum, category, work type, division) that {@link SearchStatement}
 * returns into the four facets, each most frequent first, then by value (nulls last), as the
 * grouping-sets query used to order them.
 */
final class FacetTally {

  private static final Comparator<Facet> ORDER =
      Comparator.comparingLong(Facet::count)
          .reversed()
          .thenComparing(Facet::value, Comparator.nullsLast(Comparator.naturalOrder()));

  private final Map<String, Long> museum = new HashMap<>();
  private final Map<String, Long> category = new HashMap<>();
  private final Map<String, Long> workType = new HashMap<>();
  private final Map<String, Long> division = new HashMap<>();

  /** Counts one facet row of the statement: part, id, key, museum, category, type, division, n. */
  void add(Object[] row) {
    long count = ((Number) row[7]).longValue();
    museum.merge((String) row[3], count, Long::sum);
    category.merge((String) row[4], count, Long::sum);
    workType.merge((String) row[5], count, Long::sum);
    division.merge((String) row[6], count, Long::sum);
  }

  Facets facets() {
    return new Facets(sorted(museum), sorted(category), sorted(workType), sorted(division));
  }

  private static List<Facet> sorted(Map<String, Long> counts) {
    List<Facet> facets = new ArrayList<>();
    for (Entry<String, Long> count : counts.entrySet()) {
      facets.add(new Facet(count.getKey(), count.getValue()));
    }
    facets.sort(ORDER);
    return facets;
  }
}
