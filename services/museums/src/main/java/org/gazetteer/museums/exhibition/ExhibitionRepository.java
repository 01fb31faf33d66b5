package org.gazetteer.museums.exhibition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Exhibition queries. */
@ApplicationScoped
class ExhibitionRepository implements PanacheRepositoryBase<Exhibition, UUID> {

  /** Up to {@code rows} exhibitions, latest start first, after ({@code startsOn}, {@code id}). */
  Uni<List<Exhibition>> list(
      ExhibitionFilter filter, LocalDate afterStart, UUID afterId, int rows) {
    StringBuilder query = new StringBuilder("from Exhibition x where x.status = :status");
    Map<String, Object> params = new HashMap<>();
    params.put("status", filter.status());
    if (filter.museum() != null) {
      query.append(" and x.museum = :museum");
      params.put("museum", filter.museum());
    }
    if (filter.travelling() != null) {
      query.append(" and x.travelling = :travelling");
      params.put("travelling", filter.travelling());
    }
    if (filter.on() != null) {
      query.append(" and x.startsOn <= :on and (x.endsOn is null or x.endsOn >= :on)");
      params.put("on", filter.on());
    }
    if (afterId != null) {
      query.append(
          " and (x.startsOn < :afterStart or (x.startsOn = :afterStart and x.id < :afterId))");
      params.put("afterStart", afterStart);
      params.put("afterId", afterId);
    }
    query.append(" order by x.startsOn desc, x.id desc");
    return find(query.toString(), params).range(0, rows - 1).list();
  }
}
