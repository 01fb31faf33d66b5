package org.gazetteer.alliance.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The counts of the alliance's own tables, each one grouped query. */
@ApplicationScoped
class StatsRepository {

  /**
   * Rows of (group, key, count): members by state, approved members by type, resources by kind and
   * by scope, requests by state now, and requests made from {@code :since} by month and state now
   * (the group is the month, e.g. 2026-12).
   */
  private static final String COUNTS =
      """
      SELECT 'member.status', status, count(*) FROM member GROUP BY status
      UNION ALL
      SELECT 'member.type', type, count(*) FROM member WHERE status = 'APPROVED' GROUP BY type
      UNION ALL
      SELECT 'resource.kind', kind, count(*) FROM shared_resource GROUP BY kind
      UNION ALL
      SELECT 'resource.scope', scope, count(*) FROM shared_resource GROUP BY scope
      UNION ALL
      SELECT 'request.status', status, count(*) FROM share_request GROUP BY status
      UNION ALL
      SELECT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), status, count(*)
      FROM share_request
      WHERE created_at >= CAST(CAST(:since AS text) AS date) AT TIME ZONE 'Asia/Shanghai'
      GROUP BY 1, 2
      """;

  /** Approved members by city or prefecture, with its name. */
  private static final String DIVISIONS =
      """
      SELECT c.city, d.name_zh, c.members
      FROM (SELECT CASE WHEN division LIKE '__0000' THEN division
                        ELSE left(division, 4) || '00' END AS city,
                   count(*) AS members
            FROM member WHERE status = 'APPROVED' GROUP BY 1) c
      LEFT JOIN division d ON d.code = c.city
      ORDER BY c.members DESC, c.city
      """;

  /** How many were approved, and the median hours from the request to its first approval. */
  private static final String APPROVALS =
      """
      SELECT count(*),
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.at - r.created_at))
                 / 3600
      FROM share_request r
      JOIN LATERAL (SELECT min(s.at) AS at FROM share_request_step s
                    WHERE s.request = r.id AND s.action IN ('APPROVE', 'ACCEPT_CONDITIONS')) a
        ON a.at IS NOT NULL
      """;

  Uni<List<Object[]>> counts(LocalDate since) {
    return rows(COUNTS, Map.of("since", since.toString()));
  }

  Uni<List<Object[]>> divisions() {
    return rows(DIVISIONS, Map.of());
  }

  Uni<Object[]> approvals() {
    return rows(APPROVALS, Map.of()).map(found -> found.get(0));
  }

  private static Uni<List<Object[]>> rows(String sql, Map<String, Object> params) {
    return Panache.getSession()
        .flatMap(
            s -> {
              var query = s.createNativeQuery(sql, Object[].class);
              params.forEach(query::setParameter);
              return query.getResultList();
            });
  }
}
