package org.gazetteer.readingrooms.room;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;

/** The reading-room register: listing and reading rooms. The register is public. */
@ApplicationScoped
public class ReadingRoomService {

  private final ReadingRoomRepository rooms;

  ReadingRoomService(ReadingRoomRepository rooms) {
    this.rooms = rooms;
  }

  @WithSession
  public Uni<Page<ReadingRoomResponse>> list(ReadingRoomFilter filter, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 1);
    return rooms
        .list(filter, after, limit + 1)
        .map(rows -> Page.of(rows, limit, ReadingRoomMapper::toResponse, r -> Cursor.of(r.code)));
  }

  @WithSession
  public Uni<ReadingRoomResponse> get(String code) {
    return rooms
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No reading room with code " + code))
        .map(ReadingRoomMapper::toResponse);
  }
}
