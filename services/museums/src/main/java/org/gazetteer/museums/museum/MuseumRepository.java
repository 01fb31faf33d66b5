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
   * One page of museums ordered by code. A division filter includes the divisions under it: 510000
   * (a province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<Museum>> list(MuseumFilter filter, Cursor after, int rows) {
    FilterQuery query =
        FilterQuery.from("Museum m")
            .equal("m.kind", "kind", filter.kind())
            .equal("m.parentCode", "parent", filter.parent())
            .withinDivision("m.division", filter.division());
    if (filter.text() != null) {
      // A register of a few dozen museums: a plain substring of either name, no index needed.
      query.where(
          "locate(lower(:text), lower(concat(m.nameZh, ' ', coalesce(m.nameEn, '')))) > 0",
          Map.of("text", filter.text()));
    }
    if (after != null) {
      query.where("m.code > :after", Map.of("after", after.key(0)));
    }
    return find(query.query("m.code"), query.params()).range(0, rows - 1).list();
  }
}
