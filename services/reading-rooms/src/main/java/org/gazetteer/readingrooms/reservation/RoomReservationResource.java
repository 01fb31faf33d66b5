package org.gazetteer.readingrooms.reservation;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** The desk's list: a room's reservations of a day. */
@Path("/api/reading-rooms/{code}/reservations")
@Tag(name = "Reservations", description = "Seat reservations in reading rooms")
@Produces(MediaType.APPLICATION_JSON)
public class RoomReservationResource {

  private final RoomReservations reservations;
  private final SecurityIdentity identity;

  RoomReservationResource(RoomReservations reservations, SecurityIdentity identity) {
    this.reservations = reservations;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "roomReservationsOfDay",
      summary = "A room's reservations of a day, in slot order (staff of its institution)")
  @APIResponse(responseCode = "200", description = "A page of reservations, without codes")
  @APIResponse(responseCode = "400", description = "Invalid date, limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not staff of the room's institution")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<RestResponse<Page<ReservationResponse>>> day(
      @PathParam("code") String code,
      @Parameter(description = "Local date in Asia/Shanghai; today when absent") @QueryParam("date")
          String date,
      @BeanParam PageParams page,
      UriInfo uri) {
    return reservations
        .day(code, date(date), Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("date", "must be a date YYYY-MM-DD");
    }
  }
}
