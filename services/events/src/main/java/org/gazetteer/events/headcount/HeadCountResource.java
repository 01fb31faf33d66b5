package org.gazetteer.events.headcount;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.security.Caller;

/** Head counts of a session, for the event's organizers and admins. */
@Path("/api/events/{id}/sessions/{sid}/head-counts")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class HeadCountResource {

  private final HeadCountService service;
  private final SecurityIdentity identity;

  HeadCountResource(HeadCountService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "headCounts",
      summary = "A session's head counts by audience and channel")
  @APIResponse(responseCode = "200", description = "The head counts")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer of the event's institution")
  @APIResponse(responseCode = "404", description = "No such event or session")
  public Uni<HeadCounts> get(@PathParam("id") UUID id, @PathParam("sid") UUID sessionId) {
    return service.get(id, sessionId, Caller.of(identity));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "recordHeadCounts",
      summary = "Record a session's head counts (replaces the ones recorded before)",
      description =
          "For outreach without tickets, kept apart from registrations and check-ins. ONLINE"
              + " counts peak concurrent viewers. The event must be published and the session"
              + " scheduled.")
  @APIResponse(responseCode = "200", description = "The head counts now recorded")
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: an unknown audience or channel, a negative count, a repeat")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer of the event's institution")
  @APIResponse(responseCode = "404", description = "No such event or session")
  @APIResponse(
      responseCode = "409",
      description = "A draft or cancelled event, or a cancelled session")
  public Uni<HeadCounts> replace(
      @PathParam("id") UUID id, @PathParam("sid") UUID sessionId, @Valid @NotNull HeadCounts body) {
    return service.replace(id, sessionId, body, Caller.of(identity));
  }
}
