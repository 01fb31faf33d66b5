package org.gazetteer.alliance.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.security.Roles;

/** HTTP face of the alliance's statistics. */
@Path("/api/alliance/stats")
@Tag(name = "Alliance statistics", description = "The alliance and the network in figures")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

  private final StatsService service;

  StatsResource(StatsService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed(Roles.NETWORK_ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "allianceStats",
      summary = "The alliance's statistics and the network's figures (network admins)",
      description =
          "Members by state, type and city; resources by kind and scope; requests by state and by"
              + " month over the last 12 months, with the median time to approval; and the"
              + " network's figures from the museums, reading-rooms and events services, read in"
              + " parallel with a timeout of 1.5 s each. A source that fails or is slow leaves its"
              + " figures null and is named in sources with its problem; the rest is answered.")
  @APIResponse(responseCode = "200", description = "The statistics")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a network admin")
  public Uni<AllianceStats> stats() {
    return service.stats();
  }
}
