package org.gazetteer.museums.exhibit;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.ActionRequest;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of a published exhibit's pending revision: read it with its diff, approve, reject. */
@Path("/api/exhibits/{id}/revision")
@Tag(name = "Exhibits")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ExhibitRevisionResource {

  private final ExhibitRevisions revisions;
  private final SecurityIdentity identity;

  ExhibitRevisionResource(ExhibitRevisions revisions, SecurityIdentity identity) {
    this.revisions = revisions;
    this.identity = identity;
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "getExhibitRevision",
      summary = "The change waiting for review on a published exhibit, with its diff",
      description = "For the museum's curators and network admins.")
  @APIResponse(responseCode = "200", description = "The pending revision, its version as ETag")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a curator of the exhibit's museum")
  @APIResponse(responseCode = "404", description = "No such exhibit, or nothing pending")
  public Uni<RestResponse<RevisionResponse>> get(@PathParam("id") UUID id) {
    return revisions.get(id, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path("/approve")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Operation(
      operationId = "approveExhibitRevision",
      summary = "Approve the pending revision: the published exhibit takes its fields",
      description =
          "By another curator of the museum or an admin, never its author. The change feed, search"
              + " and JSON-LD show the new version from then on.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The revision's ETag, as reviewed")
  @APIResponse(responseCode = "200", description = "The exhibit as published now, its new ETag")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Another museum's exhibit, or the revision's own author")
  @APIResponse(responseCode = "404", description = "No such exhibit, or nothing pending")
  @APIResponse(responseCode = "409", description = "Its inventory number is taken meanwhile")
  @APIResponse(responseCode = "412", description = "The revision changed since it was reviewed")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<ExhibitResponse>> approve(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return revisions
        .approve(id, ifMatch, Caller.of(identity))
        .map(e -> Responses.ok(e, e.version()));
  }

  @POST
  @Path("/reject")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Operation(
      operationId = "rejectExhibitRevision",
      summary = "Reject the pending revision with a reason; the published version stays")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The revision's ETag, as reviewed")
  @APIResponse(responseCode = "200", description = "The exhibit, unchanged")
  @APIResponse(responseCode = "400", description = "No reason given")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum's exhibit")
  @APIResponse(responseCode = "404", description = "No such exhibit, or nothing pending")
  @APIResponse(responseCode = "412", description = "The revision changed since it was reviewed")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<ExhibitResponse>> reject(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ActionRequest body) {
    String reason = body == null ? null : body.reason();
    return revisions
        .reject(id, ifMatch, reason, Caller.of(identity))
        .map(e -> Responses.ok(e, e.version()));
  }
}
