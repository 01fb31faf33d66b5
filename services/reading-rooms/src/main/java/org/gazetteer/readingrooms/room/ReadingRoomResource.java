package org.gazetteer.readingrooms.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the reading-room register. */
@Path("/api/reading-rooms")
@Tag(name = "Reading rooms", description = "The register of local-history reading rooms")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingRoomResource {

  private final ReadingRoomService service;
  private final SecurityIdentity identity;
  private final Clock clock;

  ReadingRoomResource(ReadingRoomService service, SecurityIdentity identity, Clock clock) {
    this.service = service;
    this.identity = identity;
    this.clock = clock;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listReadingRooms",
      summary = "Query the register, cursor-paged",
      description =
          "Filters combine. By code, or with near= by distance (each room then carries"
              + " distanceKm).")
  @APIResponse(responseCode = "200", description = "A page of reading rooms")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid filter (unknown division, bad coordinates, radius out of range, a time"
              + " without offset), limit or cursor")
  public Uni<RestResponse<Page<ReadingRoomResponse>>> list(
      @Valid @BeanParam RoomListParams params, UriInfo uri) {
    int size = params.size();
    return service
        .list(params.toFilter(clock), params.cursor, size)
        .map(page -> PageResponses.ok(page, uri));
  }

  @GET
  @Path("/vocabularies")
  @PermitAll
  @Operation(
      operationId = "readingRoomVocabularies",
      summary = "Host types, facilities and work types, with Chinese and English labels")
  @APIResponse(responseCode = "200", description = "The vocabularies")
  public RoomVocabularies vocabularies() {
    return RoomVocabularies.ALL;
  }

  @GET
  @Path("/{code}")
  @PermitAll
  @Operation(operationId = "getReadingRoom", summary = "Read a reading room")
  @APIResponse(responseCode = "200", description = "The reading room, with its version as ETag")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<RestResponse<ReadingRoomResponse>> get(@PathParam("code") String code) {
    return service.get(code).map(room -> Responses.ok(room, room.version()));
  }

  @POST
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createReadingRoom",
      summary = "Register a reading room of the caller's institution",
      description = "Staff register rooms of their own institution; admins name it.")
  @APIResponse(responseCode = "201", description = "Registered; Location points at it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid body (e.g. negative seats, unknown division), or no ?institution=")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not staff of that institution")
  @APIResponse(responseCode = "409", description = "The code is taken")
  public Uni<RestResponse<ReadingRoomResponse>> create(
      @Parameter(description = "Managing institution; admins only, required for them")
          @QueryParam("institution")
          String institution,
      @Valid @NotNull ReadingRoomRequest request,
      UriInfo uri) {
    return service
        .create(request, institution, Caller.of(identity))
        .map(
            created ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(created.code()).build(),
                    created,
                    created.version()));
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed({Roles.READING_ROOM_STAFF, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "updateReadingRoom", summary = "Replace a reading room's fields")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body, or a code other than the path's")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's room")
  @APIResponse(responseCode = "404", description = "No such reading room")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<ReadingRoomResponse>> update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ReadingRoomRequest request) {
    return service
        .update(code, request, ifMatch, Caller.of(identity))
        .map(room -> Responses.ok(room, room.version()));
  }
}
