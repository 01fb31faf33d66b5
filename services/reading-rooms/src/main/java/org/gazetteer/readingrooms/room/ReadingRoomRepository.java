package org.gazetteer.readingrooms.room;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.problem.ProblemException;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reading-room queries. */
@ApplicationScoped
class ReadingRoomRepository implements PanacheRepositoryBase<ReadingRoom, String> {

  /** One row of a register page: the room's code and, near a point, its distance in km. */
  record Hit(String code, Double distanceKm, int match) {}

  /**
   * One page of the register: by code, or by distance then code when searching near a point, or
   * with a text also read as pinyin the rooms whose texts hold it first, then by code. A division
   * filter includes the divisions under it: 510000 (a province) matches 51xxxx, 510100 (a city)
   * matches 5101xx.
   */
  Uni<List<Hit>> page(ReadingRoomFilter filter, Cursor after, int rows) {
    RoomSearchSql sql = RoomSearchSql.of(filter);
    Map<String, Object> params = new HashMap<>(sql.params);
    StringBuilder query = new StringBuilder("SELECT code, distance_km, match FROM (");
    query.append(sql.inner).append(") q WHERE true");
    if (filter.near() != null) {
      query.append(" AND distance_km <= :radius");
      params.put("radius", filter.near().radiusKm());
      if (after != null) {
        query.append(" AND (distance_km > :afterKm OR (distance_km = :afterKm AND code > :after))");
        params.put("afterKm", distance(after));
        params.put("after", after.key(1));
      }
      query.append(" ORDER BY distance_km, code");
    } else if (filter.ranked()) {
      if (after != null) {
        query.append(" AND (match > :afterMatch OR (match = :afterMatch AND code > :after))");
        params.put("afterMatch", after.match(0));
        params.put("after", after.key(1));
      }
      query.append(" ORDER BY match, code");
    } else {
      if (after != null) {
        query.append(" AND code > :after");
        params.put("after", after.key(0));
      }
      query.append(" ORDER BY code");
    }
    return Panache.getSession()
        .flatMap(
            session -> {
              Mutiny.SelectionQuery<Object[]> select =
                  session.createNativeQuery(query.toString(), Object[].class);
              params.forEach(select::setParameter);
              return select.setMaxResults(rows).getResultList();
            })
        .map(found -> found.stream().map(ReadingRoomRepository::hit).toList());
  }

  /** The rooms with these codes, in no particular order. */
  Uni<List<ReadingRoom>> byCodes(List<String> codes) {
    return codes.isEmpty() ? Uni.createFrom().item(List.of()) : list("code in ?1", codes);
  }

  private static Hit hit(Object[] row) {
    return new Hit(
        (String) row[0],
        row[1] == null ? null : ((Number) row[1]).doubleValue(),
        ((Number) row[2]).intValue());
  }

  private static double distance(Cursor after) {
    try {
      double km = Double.parseDouble(after.key(0));
      if (Double.isFinite(km)) {
        return km;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
  }
}
