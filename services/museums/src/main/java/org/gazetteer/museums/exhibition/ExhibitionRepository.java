package org.gazetteer.museums.exhibition;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.persistence.FilterQuery;

/** Exhibition queries. */
@ApplicationScoped
class ExhibitionRepository implements PanacheRepositoryBase<Exhibition, UUID> {

  /** Up to {@code rows} exhibitions, latest start first, after ({@code startsOn}, {@code id}). */
  Uni<List<Exhibition>> list(
      ExhibitionFilter filter, LocalDate afterStart, UUID afterId, int rows) {
    FilterQuery query =
        FilterQuery.from("Exhibition x")
            .equal("x.status", "status", filter.status())
            .equal("x.museum", "museum", filter.museum())
            .equal("x.travelling", "travelling", filter.travelling());
    if (filter.on() != null) {
      query.where(
          "x.startsOn <= :on and (x.endsOn is null or x.endsOn >= :on)", Map.of("on", filter.on()));
    }
    if (afterId != null) {
      query.where(
          "(x.startsOn < :afterStart or (x.startsOn = :afterStart and x.id < :afterId))",
          Map.of("afterStart", afterStart, "afterId", afterId));
    }
    return find(query.query("x.startsOn desc, x.id desc"), query.params())
        .range(0, rows - 1)
        .list();
  }
}
