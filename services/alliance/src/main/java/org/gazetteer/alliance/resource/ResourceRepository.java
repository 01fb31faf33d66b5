package org.gazetteer.alliance.resource;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazetteer.common.paging.Cursor;

/** Shared-resource queries; lists apply the visibility rule in SQL. */
@ApplicationScoped
class ResourceRepository implements PanacheRepositoryBase<SharedResource, UUID> {

  /** Who is looking: for the visibility rule of {@link ResourceRules}. */
  record Viewer(boolean admin, String institution, boolean ownerReader, boolean approvedMember) {}

  /** One listed resource and the cursor that continues after it. */
  record Listed(SharedResource resource, Cursor cursor) {}

  /**
   * Up to {@code rows} resources the viewer may see, newest first: PUBLIC ones; ALLIANCE ones of
   * approved owners when the viewer's institution is an approved member; the viewer's own
   * institution's; everything for admins.
   */
  Uni<List<Listed>> list(ResourceFilter f, Viewer viewer, Cursor after, int rows) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT CAST(r.id AS text), r.created_at FROM shared_resource r"
                + " JOIN member o ON o.code = r.owner WHERE (");
    Map<String, Object> params = new HashMap<>();
    if (viewer.admin()) {
      sql.append("true");
    } else {
      sql.append("r.scope = 'PUBLIC'");
      if (viewer.approvedMember()) {
        sql.append(" OR (r.scope = 'ALLIANCE' AND o.status = 'APPROVED')");
      }
      if (viewer.ownerReader()) {
        sql.append(" OR r.owner = :viewer");
        params.put("viewer", viewer.institution());
      }
    }
    sql.append(")");
    equal(sql, params, "r.kind", "kind", f.kind() == null ? null : f.kind().name());
    equal(sql, params, "r.scope", "scope", f.scope() == null ? null : f.scope().name());
    equal(sql, params, "r.delivery", "delivery", f.delivery() == null ? null : f.delivery().name());
    equal(sql, params, "r.owner", "owner", f.owner());
    if (f.tsQuery() != null) {
      sql.append(" AND r.search @@ to_tsquery('simple', :q)");
      params.put("q", f.tsQuery());
    }
    if (after != null) {
      sql.append(" AND (r.created_at, r.id) < (:at, CAST(CAST(:id AS text) AS uuid))");
      params.put("at", after.timestamp(0));
      params.put("id", after.uuid(1).toString());
    }
    sql.append(" ORDER BY r.created_at DESC, r.id DESC LIMIT ").append(rows);
    return Panache.getSession()
        .flatMap(
            s -> {
              var select = s.createNativeQuery(sql.toString(), Object[].class);
              params.forEach(select::setParameter);
              return select.getResultList();
            })
        .flatMap(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(List.<Listed>of());
              }
              List<UUID> ids = found.stream().map(r -> UUID.fromString((String) r[0])).toList();
              return list("id in ?1", ids)
                  .map(
                      resources -> {
                        Map<UUID, SharedResource> byId =
                            resources.stream()
                                .collect(Collectors.toMap(r -> r.id, Function.identity()));
                        return found.stream()
                            .map(
                                r -> {
                                  UUID id = UUID.fromString((String) r[0]);
                                  return new Listed(
                                      byId.get(id), Cursor.of((OffsetDateTime) r[1], id));
                                })
                            .toList();
                      });
            });
  }

  private static void equal(
      StringBuilder sql, Map<String, Object> params, String column, String name, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = :").append(name);
      params.put(name, value);
    }
  }
}
