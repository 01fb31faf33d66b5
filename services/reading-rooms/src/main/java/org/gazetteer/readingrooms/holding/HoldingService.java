package org.gazetteer.readingrooms.holding;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.readingrooms.room.ReadingRoom;
import org.gazetteer.readingrooms.room.ReadingRoomService;

/**
 * The holdings of each room: public to read, edited by the staff of the room's institution (and
 * admins), with If-Match on every change so that two librarians do not overwrite each other.
 */
@ApplicationScoped
public class HoldingService {

  private final HoldingRepository holdings;
  private final ReadingRoomService rooms;

  HoldingService(HoldingRepository holdings, ReadingRoomService rooms) {
    this.holdings = holdings;
    this.rooms = rooms;
  }

  @WithSession
  public Uni<Page<HoldingResponse>> list(String room, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 2);
    return rooms
        .require(room)
        .flatMap(r -> holdings.page(room, after, limit + 1))
        .map(
            rows ->
                Page.of(rows, limit, HoldingMapper::toResponse, h -> Cursor.of(h.titleZh, h.id)));
  }

  @WithSession
  public Uni<HoldingResponse> get(String room, UUID id) {
    return rooms.require(room).flatMap(r -> require(room, id)).map(HoldingMapper::toResponse);
  }

  @WithTransaction
  public Uni<HoldingResponse> create(String room, HoldingRequest request, Caller caller) {
    return editable(room, caller)
        .flatMap(
            r -> {
              Holding holding = new Holding();
              holding.id = UUID.randomUUID();
              holding.roomCode = r.code();
              HoldingMapper.apply(request, holding);
              return holdings.persistAndFlush(holding);
            })
        .map(HoldingMapper::toResponse);
  }

  @WithTransaction
  public Uni<HoldingResponse> update(
      String room, UUID id, HoldingRequest request, String ifMatch, Caller caller) {
    return editable(room, caller)
        .flatMap(r -> require(room, id))
        .invoke(h -> Versions.check(ifMatch, h.version))
        .flatMap(
            h -> {
              HoldingMapper.apply(request, h);
              return holdings.flush().replaceWith(h);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .map(HoldingMapper::toResponse);
  }

  @WithTransaction
  public Uni<Void> delete(String room, UUID id, String ifMatch, Caller caller) {
    return editable(room, caller)
        .flatMap(r -> require(room, id))
        .invoke(h -> Versions.check(ifMatch, h.version))
        .flatMap(h -> holdings.delete(h).call(holdings::flush))
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale());
  }

  /** The room, if the caller may edit its holdings: 404 if missing, 403 if not theirs. */
  private Uni<ReadingRoom> editable(String room, Caller caller) {
    return rooms
        .require(room)
        .invoke(r -> caller.requireWrite(Roles.READING_ROOM_STAFF, r.institution()));
  }

  private Uni<Holding> require(String room, UUID id) {
    return holdings
        .of(room, id)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No holding " + id + " in room " + room));
  }
}
