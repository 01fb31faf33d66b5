package org.gazetteer.readingrooms.room;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.gazetteer.common.division.KnownDivisions;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.common.vocabulary.Codes;
import org.gazetteer.readingrooms.config.SlotsConfig;

/**
 * The reading-room register: public queries, and rooms recorded by their own institution's staff
 * (network admins for any institution), with no lost updates.
 */
@ApplicationScoped
public class ReadingRoomService {

  private final ReadingRoomRepository rooms;
  private final KnownDivisions divisions;
  private final SlotsConfig slots;

  ReadingRoomService(ReadingRoomRepository rooms, KnownDivisions divisions, SlotsConfig slots) {
    this.rooms = rooms;
    this.divisions = divisions;
    this.slots = slots;
  }

  @WithSession
  public Uni<Page<ReadingRoomResponse>> list(ReadingRoomFilter filter, String cursor, int limit) {
    boolean near = filter.near() != null;
    Cursor after = Cursor.decode(cursor, near || filter.ranked() ? 2 : 1);
    return divisions
        .require(filter.division(), "division")
        .flatMap(ok -> rooms.page(filter, after, limit + 1))
        .flatMap(
            hits ->
                rooms
                    .byCodes(hits.stream().map(h -> h.code()).toList())
                    .map(
                        found -> {
                          Map<String, ReadingRoom> byCode = new HashMap<>();
                          found.forEach(r -> byCode.put(r.code, r));
                          return Page.of(
                              hits,
                              limit,
                              h ->
                                  ReadingRoomMapper.toResponse(
                                      byCode.get(h.code()), h.distanceKm()),
                              h ->
                                  near
                                      ? Cursor.of(h.distanceKm(), h.code())
                                      : filter.ranked()
                                          ? Cursor.of(String.valueOf(h.match()), h.code())
                                          : Cursor.of(h.code()));
                        }));
  }

  @WithSession
  public Uni<ReadingRoomResponse> get(String code) {
    return require(code).map(ReadingRoomMapper::toResponse);
  }

  /**
   * Registers a room: staff for their own institution, admins for the one they name. A taken code
   * is a 409, an unknown division a 400.
   */
  @WithTransaction
  public Uni<ReadingRoomResponse> create(
      ReadingRoomRequest request, String requestedInstitution, Caller caller) {
    String institution = owner(caller, requestedInstitution);
    caller.requireWrite(Roles.READING_ROOM_STAFF, institution);
    Codes.requireUnreserved(request.code(), "code");
    RoomRules.check(request);
    return divisions
        .require(request.division(), "division")
        .flatMap(ok -> rooms.findById(request.code()))
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict(
                    "A reading room with code " + request.code() + " exists");
              }
              ReadingRoom room = new ReadingRoom();
              room.code = request.code();
              room.institution = institution;
              ReadingRoomMapper.apply(request, slotMinutes(request), room);
              return rooms.persistAndFlush(room);
            })
        .map(ReadingRoomMapper::toResponse);
  }

  /** Replaces a room's fields; needs the version the caller read (If-Match). */
  @WithTransaction
  public Uni<ReadingRoomResponse> update(
      String code, ReadingRoomRequest request, String ifMatch, Caller caller) {
    if (!code.equals(request.code())) {
      throw ProblemException.invalid("code", "must be the code of the room in the path");
    }
    RoomRules.check(request);
    return require(code)
        .invoke(room -> caller.requireWrite(Roles.READING_ROOM_STAFF, room.institution))
        .invoke(room -> Versions.check(ifMatch, room.version))
        .call(room -> divisions.require(request.division(), "division"))
        .flatMap(
            room -> {
              ReadingRoomMapper.apply(request, slotMinutes(request), room);
              return rooms.flush().replaceWith(room);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .map(ReadingRoomMapper::toResponse);
  }

  /** The room, or a 404 naming it. */
  public Uni<ReadingRoom> require(String code) {
    return rooms
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No reading room with code " + code));
  }

  /** The room, or null; for references whose absence is the caller's 422, not a 404. */
  public Uni<ReadingRoom> find(String code) {
    return rooms.findById(code);
  }

  private static String owner(Caller caller, String requested) {
    if (!caller.isAdmin()) {
      String own = caller.requireInstitution();
      if (requested != null && !requested.equals(own)) {
        throw ProblemException.forbidden("Staff register rooms of their own institution only");
      }
      return own;
    }
    if (requested == null || !requested.matches(Codes.CODE)) {
      throw ProblemException.invalid("institution", "admins name the managing institution");
    }
    return requested;
  }

  private int slotMinutes(ReadingRoomRequest request) {
    return request.slotMinutes() != null
        ? request.slotMinutes()
        : (int) slots.defaultLength().toMinutes();
  }
}
