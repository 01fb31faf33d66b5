package org.gazetteer.museums.museum;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.paging.Cursor;

/** Museum queries. */
@ApplicationScoped
public class MuseumRepository implements PanacheRepositoryBase<Museum, String> {

  /**
   * One page of museums ordered by code. A division filter includes the divisions under it: 510000
   * (a province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<Museum>> list(MuseumFilter filter, Cursor after, int rows) {
    StringBuilder query = new StringBuilder("from Museum m where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.kind() != null) {
      query.append(" and m.kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.parent() != null) {
      query.append(" and m.parentCode = :parent");
      params.put("parent", filter.parent());
    }
    if (filter.division() != null) {
      query.append(" and m.division like :division");
      params.put("division", Divisions.prefix(filter.division()) + "%");
    }
    if (after != null) {
      query.append(" and m.code > :after");
      params.put("after", after.key(0));
    }
    query.append(" order by m.code");
    return find(query.toString(), params).range(0, rows - 1).list();
  }
}
