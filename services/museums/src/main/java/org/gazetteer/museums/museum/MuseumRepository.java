package org.gazetteer.museums.museum;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.persistence.FilterQuery;

/** Museum queries. */
@ApplicationScoped
public class MuseumRepository implements PanacheRepositoryBase<Museum, String> {

  /**
   * One page of museums ordered by code (with a text: those whose names hold it first, then those
   * whose Chinese name's pinyin does). A division filter includes the divisions under it: 510000 (a
   * province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<Museum>> list(MuseumFilter filter, Cursor after, int rows) {
    FilterQuery query =
        FilterQuery.from("Museum m")
            .equal("m.kind", "kind", filter.kind())
            .equal("m.parentCode", "parent", filter.parent())
            .withinDivision("m.division", filter.division());
    if (filter.text() == null) {
      if (after != null) {
        query.where("m.code > :after", Map.of("after", after.key(0)));
      }
      return find(query.query("m.code"), query.params()).range(0, rows - 1).list();
    }
    // A register of a few dozen museums: a substring of the folded names or of the pinyin key,
    // no index needed. Museums whose names hold the text come first, then pinyin matches.
    String names = "locate(:text, m.search.a) > 0";
    query.where(
        filter.pinyin() == null ? names : "(" + names + " or m.search.pinyin like :pinyin)",
        filter.pinyin() == null
            ? Map.of("text", filter.text())
            : Map.of("text", filter.text(), "pinyin", filter.pinyin()));
    String rank = "(case when " + names + " then 0 else 1 end)";
    if (after != null) {
      query.where(
          "(" + rank + " > :afterRank or (" + rank + " = :afterRank and m.code > :after))",
          Map.of("afterRank", after.match(0), "after", after.key(1)));
    }
    return find(query.query(rank + ", m.code"), query.params()).range(0, rows - 1).list();
  }
}
