package org.gazetteer.alliance.request;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.persistence.FilterQuery;

/** Request queries, and the per-day holdings of physical resources. */
@ApplicationScoped
class RequestRepository implements PanacheRepositoryBase<ShareRequest, UUID> {

  /** A day on which a request would hold more items than its resource has. */
  record Shortfall(LocalDate day, int held, int quantity) {}

  /** Up to {@code rows} requests of the filter, newest first. */
  Uni<List<ShareRequest>> list(RequestFilter f, LocalDate today, Cursor after, int rows) {
    FilterQuery query = FilterQuery.from("ShareRequest r");
    if (f.member() != null) {
      if (f.side() == null) {
        query.where("(r.owner = :member or r.requester = :member)", Map.of("member", f.member()));
      } else {
        query.equal(
            f.side() == RequestSide.LENDER ? "r.owner" : "r.requester", "member", f.member());
      }
    }
    query.equal("r.status", "status", f.status()).equal("r.resource", "resource", f.resource());
    if (f.overdue()) {
      query.where(
          "r.status in :out and r.to < :today", Map.of("out", RequestRules.OUT, "today", today));
    }
    if (after != null) {
      query.where(
          "(r.createdAt < :at or (r.createdAt = :at and r.id < :id))",
          Map.of("at", after.timestamp(0), "id", after.uuid(1)));
    }
    return find(query.query("r.createdAt desc, r.id desc"), query.params())
        .range(0, rows - 1)
        .list();
  }

  /** The timelines of these requests, each oldest first. */
  Uni<List<RequestStep>> steps(Collection<UUID> requests) {
    if (requests.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .flatMap(
            s ->
                s.createQuery(
                        "from RequestStep s where s.request in :requests order by s.id",
                        RequestStep.class)
                    .setParameter("requests", requests)
                    .getResultList());
  }

  Uni<Void> record(RequestStep step) {
    return Panache.getSession().flatMap(s -> s.persist(step));
  }

  /**
   * The first day on which {@code quantity} more items of the resource would exceed it, given what
   * approved requests hold (the database refuses it too: this only names the day).
   */
  Uni<Optional<Shortfall>> shortfall(
      UUID resource, LocalDate from, LocalDate to, int quantity, int stock) {
    String sql =
        "SELECT CAST(day AS text), held FROM resource_day"
            + " WHERE resource = CAST(CAST(:resource AS text) AS uuid)"
            + " AND day BETWEEN :from AND :to AND held + :quantity > :stock ORDER BY day LIMIT 1";
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery(sql, Object[].class)
                    .setParameter("resource", resource.toString())
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .setParameter("quantity", quantity)
                    .setParameter("stock", stock)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .findFirst()
                    .map(
                        r ->
                            new Shortfall(
                                LocalDate.parse((String) r[0]),
                                ((Number) r[1]).intValue(),
                                stock)));
  }
}
