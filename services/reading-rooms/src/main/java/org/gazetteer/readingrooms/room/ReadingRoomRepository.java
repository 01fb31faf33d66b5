package org.gazetteer.readingrooms.room;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.paging.Cursor;

/** Reading-room queries. */
@ApplicationScoped
class ReadingRoomRepository implements PanacheRepositoryBase<ReadingRoom, String> {

  /**
   * One page of rooms ordered by code. A division filter includes the divisions under it: 510000 (a
   * province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<ReadingRoom>> list(ReadingRoomFilter filter, Cursor after, int rows) {
    StringBuilder query = new StringBuilder("from ReadingRoom r where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.hostType() != null) {
      query.append(" and r.hostType = :hostType");
      params.put("hostType", filter.hostType());
    }
    if (filter.institution() != null) {
      query.append(" and r.institution = :institution");
      params.put("institution", filter.institution());
    }
    if (filter.division() != null) {
      query.append(" and r.division like :division");
      params.put("division", Divisions.prefix(filter.division()) + "%");
    }
    if (after != null) {
      query.append(" and r.code > :after");
      params.put("after", after.key(0));
    }
    query.append(" order by r.code");
    return find(query.toString(), params).range(0, rows - 1).list();
  }
}
