package org.gazetteer.readingrooms.holding;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of a room's holdings. */
@Path("/api/reading-rooms/{code}/holdings")
@Tag(name = "Holdings", description = "What each reading room holds")
@Produces(MediaType.APPLICATION_JSON)
public class HoldingResource {

  private final HoldingService service;
  private final SecurityIdentity identity;

  HoldingResource(HoldingService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(operationId = "listHoldings", summary = "A room's holdings by title, cursor-paged")
  @APIResponse(responseCode = "200", description = "A page of holdings")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<RestResponse<Page<HoldingResponse>>> list(
      @PathParam("code") String code, @BeanParam PageParams page, UriInfo uri) {
    return service.list(code, page.cursor, page.size()).map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getHolding", summary = "Read a holding")
  @APIResponse(responseCode = "200", description = "The holding, with its version as ETag")
  @APIResponse(responseCode = "404", description = "No such room or holding")
  public Uni<RestResponse<HoldingResponse>> get(
      @PathParam("code") String code, @PathParam("id") UUID id) {
    return service.get(code, id).map(h -> Responses.ok(h, h.version()));
  }

  @POST
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "createHolding", summary = "Add a holding to a room (its staff)")
  @APIResponse(responseCode = "201", description = "Added; Location points at it")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's room")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<RestResponse<HoldingResponse>> create(
      @PathParam("code") String code, @Valid @NotNull HoldingRequest request, UriInfo uri) {
    return service
        .create(code, request, Caller.of(identity))
        .map(
            h ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(h.id().toString()).build(), h, h.version()));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "updateHolding", summary = "Replace a holding's fields")
  @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's room")
  @APIResponse(responseCode = "404", description = "No such room or holding")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<HoldingResponse>> update(
      @PathParam("code") String code,
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull HoldingRequest request) {
    return service
        .update(code, id, request, ifMatch, Caller.of(identity))
        .map(h -> Responses.ok(h, h.version()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "deleteHolding", summary = "Remove a holding")
  @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true)
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's room")
  @APIResponse(responseCode = "404", description = "No such room or holding")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<Void>> delete(
      @PathParam("code") String code,
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return service
        .delete(code, id, ifMatch, Caller.of(identity))
        .map(nothing -> RestResponse.noContent());
  }
}
