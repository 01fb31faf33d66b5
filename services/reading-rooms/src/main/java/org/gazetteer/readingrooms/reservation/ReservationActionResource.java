package org.gazetteer.readingrooms.reservation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.ActionRequest;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** The actions on a reservation (docs/api-conventions.md): cancel, check-in. */
@Path("/api/reservations/{id}")
@Tag(name = "Reservations", description = "Seat reservations in reading rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationActionResource {

  private final ReservationActions actions;
  private final SecurityIdentity identity;

  ReservationActionResource(ReservationActions actions, SecurityIdentity identity) {
    this.actions = actions;
    this.identity = identity;
  }

  @POST
  @Path("/cancel")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "cancelReservation",
      summary = "Cancel one's reservation before its slot starts; the seat is free at once")
  @APIResponse(responseCode = "200", description = "The reservation, CANCELLED")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Staff or admins, not the visitor")
  @APIResponse(responseCode = "404", description = "No such reservation")
  @APIResponse(responseCode = "409", description = "Not confirmed any more, or the slot started")
  public Uni<RestResponse<ReservationResponse>> cancel(
      @PathParam("id") UUID id, @Valid ActionRequest body) {
    String reason = body == null ? null : body.reason();
    return actions.cancel(id, reason, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path("/check-in")
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "checkInReservation",
      summary = "Check a visitor in with the code they show (staff of the room's institution)",
      description =
          "The code comes in the body, or as ?code= when staff POST the visitor's QR-code URL.")
  @APIResponse(responseCode = "200", description = "The reservation, CHECKED_IN")
  @APIResponse(responseCode = "400", description = "No code, or not a 6-character code")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not staff of the room's institution")
  @APIResponse(responseCode = "404", description = "No such reservation")
  @APIResponse(
      responseCode = "409",
      description =
          "Wrong code, not confirmed (cancelled, released, already in), or outside the check-in"
              + " window")
  public Uni<RestResponse<ReservationResponse>> checkIn(
      @PathParam("id") UUID id,
      @Parameter(description = "The code, when not in the body") @QueryParam("code")
          String queryCode,
      @Valid CheckInRequest body) {
    String code = body != null && body.code() != null ? body.code() : queryCode;
    if (code == null || !code.strip().matches(CheckInRequest.CODE)) {
      throw ProblemException.invalid("code", "must be the 6-character check-in code");
    }
    return actions.checkIn(id, code, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }
}
