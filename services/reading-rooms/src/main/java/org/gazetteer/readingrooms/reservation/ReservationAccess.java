package org.gazetteer.readingrooms.reservation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.readingrooms.room.ReadingRoomService;

/**
 * Who may see a reservation (docs/identity-and-access.md): its visitor, the room's staff, admins.
 */
@ApplicationScoped
class ReservationAccess {

  private final ReadingRoomService rooms;

  ReservationAccess(ReadingRoomService rooms) {
    this.rooms = rooms;
  }

  /**
   * The reservation if the caller may see it: its visitor, the room's staff, admins. Anyone else
   * gets the 404 of a missing one, so its existence is not revealed.
   */
  Uni<Reservation> visible(Reservation r, Caller caller) {
    if (r == null || caller.isAnonymous()) {
      return Uni.createFrom().failure(ProblemException.notFound("No such reservation"));
    }
    if (r.visitor.equals(caller.username())) {
      return Uni.createFrom().item(r);
    }
    return rooms
        .require(r.roomCode)
        .map(
            room -> {
              if (!caller.readsInternal(room.institution(), Roles.READING_ROOM_STAFF)) {
                throw ProblemException.notFound("No such reservation");
              }
              return r;
            });
  }
}
