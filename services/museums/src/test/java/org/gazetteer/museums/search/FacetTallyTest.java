package org.gazetteer.museums.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacetTallyTest {

  /** A facet row of the search statement: part, id, key, museum, category, type, division, n. */
  private static Object[] row(
      String museum, String category, String workType, String division, long count) {
    return new Object[] {1, null, null, museum, category, workType, division, count};
  }

  @Test
  void addsUpEachFacetAcrossTheGroups() {
    FacetTally tally = new FacetTally();
    tally.add(row("chengdu", "ANCIENT_BOOKS", "GAZETTEER", "510100", 3));
    tally.add(row("chengdu", "ARCHIVES", "ARCHIVE", "510100", 2));
    tally.add(row("leshan", "ANCIENT_BOOKS", "GAZETTEER", "511100", 4));

    Facets facets = tally.facets();

    assertEquals(List.of(new Facet("chengdu", 5), new Facet("leshan", 4)), facets.museum());
    assertEquals(
        List.of(new Facet("ANCIENT_BOOKS", 7), new Facet("ARCHIVES", 2)), facets.category());
    assertEquals(List.of(new Facet("GAZETTEER", 7), new Facet("ARCHIVE", 2)), facets.workType());
    assertEquals(List.of(new Facet("510100", 5), new Facet("511100", 4)), facets.division());
  }

  @Test
  void ordersByCountThenValueWithNullLast() {
    FacetTally tally = new FacetTally();
    tally.add(row("b", "OTHER", null, "510100", 1));
    tally.add(row("c", "OTHER", "MAP", "510100", 1));
    tally.add(row("a", "OTHER", "ARCHIVE", "510100", 1));
    tally.add(row("d", "OTHER", "MAP", "510100", 1));

    Facets facets = tally.facets();

    assertEquals(List.of("a", "b", "c", "d"), facets.museum().stream().map(Facet::value).toList());
    assertEquals(
        Arrays.asList(new Facet("MAP", 2), new Facet("ARCHIVE", 1), new Facet(null, 1)),
        facets.workType());
  }

  @Test
  void noRowsGiveEmptyFacets() {
    Facets facets = new FacetTally().facets();

    assertEquals(List.of(), facets.museum());
    assertEquals(List.of(), facets.division());
  }
}
