package org.gazetteer.events.registration;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.jboss.resteasy.reactive.RestResponse;

/** A session's attendees and check-in at the door, for the event's organizers and admins. */
@Path("/api/events/{id}/sessions/{sid}")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AttendeeResource {

  private final RegistrationService service;
  private final SecurityIdentity identity;

  AttendeeResource(RegistrationService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @Path("/attendees")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "sessionAttendees",
      summary = "The registrations of a session in the order they came, with waitlist positions")
  @APIResponse(responseCode = "200", description = "A page of attendees")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer of the event's institution")
  @APIResponse(responseCode = "404", description = "No such event or session")
  public Uni<RestResponse<Page<Attendee>>> attendees(
      @PathParam("id") UUID id,
      @PathParam("sid") UUID sessionId,
      @BeanParam PageParams page,
      UriInfo uri) {
    return service
        .attendees(id, sessionId, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @POST
  @Path("/check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "checkInByCode",
      summary = "Check a confirmed party in by the code its registrant shows",
      description =
          "From an hour before the session starts until it ends; people = how many came (the"
              + " whole party when absent).")
  @APIResponse(responseCode = "200", description = "The checked-in registration")
  @APIResponse(responseCode = "400", description = "No code, or people out of the party's range")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer of the event's institution")
  @APIResponse(
      responseCode = "409",
      description =
          "No open registration with that code, not confirmed, already checked in, or outside"
              + " the check-in time")
  public Uni<RestResponse<RegistrationResponse>> checkIn(
      @PathParam("id") UUID id,
      @PathParam("sid") UUID sessionId,
      @Valid @NotNull CheckInRequest body) {
    if (body.code() == null) {
      throw ProblemException.invalid("code", "is required to check in by code");
    }
    return service
        .checkInByCode(sessionId, body.code(), body.people(), Caller.of(identity))
        .map(r -> Responses.ok(r, r.version()));
  }
}
