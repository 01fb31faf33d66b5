package org.gazetteer.readingrooms.room;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Limits;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the reading-room register. */
@Path("/api/reading-rooms")
@Tag(name = "Reading rooms", description = "The register of local-history reading rooms")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingRoomResource {

  private final ReadingRoomService service;

  ReadingRoomResource(ReadingRoomService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listReadingRooms",
      summary = "List reading rooms, by code, cursor-paged")
  @APIResponse(responseCode = "200", description = "A page of reading rooms")
  @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
  public Uni<RestResponse<Page<ReadingRoomResponse>>> list(
      @Parameter(
              description = "Only rooms in this kind of host place",
              schema = @Schema(implementation = HostType.class))
          @QueryParam("hostType")
          String hostType,
      @Parameter(description = "Only rooms managed by this institution", example = "wuhou")
          @QueryParam("institution")
          String institution,
      @Parameter(description = "Division code; includes the divisions under it", example = "510100")
          @QueryParam("division")
          @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
          String division,
      @Parameter(
              description = "Page size",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "Opaque cursor from the previous page's next") @QueryParam("cursor")
          String cursor,
      UriInfo uri) {
    int size = Limits.of(limit);
    ReadingRoomFilter filter =
        new ReadingRoomFilter(
            QueryParams.enumValue(HostType.class, hostType, "hostType"), institution, division);
    return service.list(filter, cursor, size).map(page -> PageResponses.ok(page, uri));
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
}
