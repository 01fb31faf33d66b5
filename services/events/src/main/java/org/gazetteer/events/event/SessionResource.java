package org.gazetteer.events.event;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.events.session.SessionRequest;
import org.gazetteer.events.session.SessionResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of an event's sessions, each with its own ETag. */
@Path("/api/events/{id}/sessions")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  private final SessionService service;
  private final SecurityIdentity identity;

  SessionResource(SessionService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listSessions",
      summary = "The sessions of an event, earliest first, cancelled ones included")
  @APIResponse(responseCode = "200", description = "Every session of the event (at most 100)")
  @APIResponse(
      responseCode = "404",
      description = "No such event, or a draft of another institution")
  public Uni<List<SessionResponse>> list(@PathParam("id") UUID id) {
    return service.list(id, Caller.of(identity));
  }

  @GET
  @Path("/{sid}")
  @PermitAll
  @Operation(operationId = "getSession", summary = "Read a session")
  @APIResponse(responseCode = "200", description = "The session, with its version as ETag")
  @APIResponse(responseCode = "404", description = "No such event or session")
  public Uni<RestResponse<SessionResponse>> get(
      @PathParam("id") UUID id, @PathParam("sid") UUID sessionId) {
    return service.get(id, sessionId, Caller.of(identity)).map(s -> Responses.ok(s, s.version()));
  }

  @POST
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "addSession", summary = "Add a session to a draft or published event")
  @APIResponse(responseCode = "201", description = "Added; Location points at it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: ends before it starts, or too large a capacity")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(
      responseCode = "409",
      description =
          "The event is cancelled, has its most sessions, or already has one at that time")
  public Uni<RestResponse<SessionResponse>> add(
      @PathParam("id") UUID id, @Valid @NotNull SessionRequest request, UriInfo uri) {
    return service
        .add(id, request, Caller.of(identity))
        .map(
            s ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(s.id().toString()).build(), s, s.version()));
  }

  @PUT
  @Path("/{sid}")
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateSession",
      summary = "Move or resize a session; its registrants keep their places")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The session's ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event or session")
  @APIResponse(
      responseCode = "409",
      description =
          "A capacity below the people confirmed, a cancelled session or event, or another session"
              + " at that time")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<SessionResponse>> update(
      @PathParam("id") UUID id,
      @PathParam("sid") UUID sessionId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull SessionRequest request) {
    return service
        .update(id, sessionId, request, ifMatch, Caller.of(identity))
        .map(s -> Responses.ok(s, s.version()));
  }

  @POST
  @Path("/{sid}/cancel")
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "cancelSession",
      summary = "Cancel a session and its registrations (reason SESSION_CANCELLED)")
  @APIResponse(responseCode = "200", description = "The cancelled session")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event or session")
  @APIResponse(responseCode = "409", description = "Already cancelled, or the event is")
  public Uni<RestResponse<SessionResponse>> cancel(
      @PathParam("id") UUID id, @PathParam("sid") UUID sessionId) {
    return service
        .cancel(id, sessionId, Caller.of(identity))
        .map(s -> Responses.ok(s, s.version()));
  }
}
