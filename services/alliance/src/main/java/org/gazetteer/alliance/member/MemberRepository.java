package org.gazetteer.alliance.member;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.persistence.FilterQuery;

/** Member queries. */
@ApplicationScoped
class MemberRepository implements PanacheRepositoryBase<Member, String> {

  /**
   * One page of members in one state, ordered by code. A division filter includes the divisions
   * under it: 510000 (a province) matches 51xxxx, 510100 (a city) matches 5101xx.
   */
  Uni<List<Member>> list(MemberFilter filter, Cursor after, int rows) {
    FilterQuery query =
        FilterQuery.from("Member m")
            .equal("m.status", "status", filter.status())
            .equal("m.code", "code", filter.code())
            .equal("m.type", "type", filter.type())
            .withinDivision("m.division", filter.division());
    if (after != null) {
      query.where("m.code > :after", Map.of("after", after.key(0)));
    }
    return find(query.query("m.code"), query.params()).range(0, rows - 1).list();
  }
}
