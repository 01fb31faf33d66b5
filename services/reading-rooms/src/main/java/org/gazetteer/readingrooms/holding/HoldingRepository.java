package org.gazetteer.readingrooms.holding;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;

/** Holding queries. */
@ApplicationScoped
class HoldingRepository implements PanacheRepositoryBase<Holding, UUID> {

  /** One page of a room's holdings by title, then id. */
  Uni<List<Holding>> page(String room, Cursor after, int rows) {
    if (after == null) {
      return find("roomCode = ?1 order by titleZh, id", room).range(0, rows - 1).list();
    }
    return find(
            "roomCode = ?1 and (titleZh > ?2 or (titleZh = ?2 and id > ?3)) order by titleZh, id",
            room,
            after.key(0),
            after.uuid(1))
        .range(0, rows - 1)
        .list();
  }

  /** The holding of {@code room} with {@code id}, or null. */
  Uni<Holding> of(String room, UUID id) {
    return find("id = ?1 and roomCode = ?2", id, room).firstResult();
  }
}
