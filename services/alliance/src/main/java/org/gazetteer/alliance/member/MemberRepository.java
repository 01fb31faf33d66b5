package org.gazetteer.alliance.member;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.paging.Cursor;

/** Member queries. */
@ApplicationScoped
class MemberRepository implements PanacheRepositoryBase<Member, String> {

  /**
   * One page of members in one state, ordered by code. A division filter includes the divisions
   * under it: 510000 (a province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<Member>> list(MemberFilter filter, Cursor after, int rows) {
    StringBuilder query = new StringBuilder("from Member m where m.status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("status", filter.status());
    if (filter.code() != null) {
      query.append(" and m.code = :code");
      params.put("code", filter.code());
    }
    if (filter.type() != null) {
      query.append(" and m.type = :type");
      params.put("type", filter.type());
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
