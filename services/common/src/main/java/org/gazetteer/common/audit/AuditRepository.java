package org.gazetteer.common.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Audit entries, oldest first per record. */
@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

  Uni<List<AuditEntry>> page(String type, String recordId, Long afterId, int rows) {
    return find(
            "recordType = ?1 and recordId = ?2 and id > ?3 order by id",
            type,
            recordId,
            afterId == null ? 0L : afterId)
        .range(0, rows - 1)
        .list();
  }
}
