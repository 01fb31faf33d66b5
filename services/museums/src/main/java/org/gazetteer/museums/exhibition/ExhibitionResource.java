package org.gazetteer.museums.exhibition;

import io.quarkus.security.Authenticated;
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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.exhibit.ExhibitResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of exhibitions: a museum's shows of its own exhibits, in order. */
@Path("/api/exhibitions")
@Tag(name = "Exhibitions", description = "Exhibitions of the museums, with their exhibits in order")
@Produces(MediaType.APPLICATION_JSON)
public class ExhibitionResource {

  private final ExhibitionService service;
  private final ExhibitionPublishing publishing;
  private final SecurityIdentity identity;

  ExhibitionResource(
      ExhibitionService service, ExhibitionPublishing publishing, SecurityIdentity identity) {
    this.service = service;
    this.publishing = publishing;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listExhibitions",
      summary = "List exhibitions, latest start first, cursor-paged",
      description =
          "Published exhibitions for everyone. Another status lists the caller's own museum's"
              + " exhibitions in that state (all museums for network admins).")
  @APIResponse(responseCode = "200", description = "A page of exhibitions")
  @APIResponse(responseCode = "400", description = "Invalid parameter, limit or cursor")
  @APIResponse(responseCode = "401", description = "A status other than PUBLISHED without login")
  public Uni<RestResponse<Page<ExhibitionResponse>>> list(
      @Parameter(
              description = "State; PUBLISHED unless given",
              schema = @Schema(implementation = ExhibitionStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(description = "Only this museum's", example = "chengdu") @QueryParam("museum")
          String museum,
      @Parameter(
              description = "Only travelling (true) or only resident (false) exhibitions",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("travelling")
          String travelling,
      @Parameter(
              description = "Only those showing on this day",
              schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-01"))
          @QueryParam("on")
          String on,
      @BeanParam PageParams page,
      UriInfo uri) {
    ExhibitionStatus state = QueryParams.enumValue(ExhibitionStatus.class, status, "status");
    ExhibitionFilter filter =
        new ExhibitionFilter(
            state == null ? ExhibitionStatus.PUBLISHED : state,
            museum == null || museum.isBlank() ? null : museum.strip(),
            QueryParams.booleanValue(travelling, "travelling"),
            QueryParams.dateValue(on, "on"));
    return service
        .list(filter, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getExhibition", summary = "Read an exhibition")
  @APIResponse(responseCode = "200", description = "The exhibition, with its version as ETag")
  @APIResponse(responseCode = "404", description = "No such exhibition, or an unpublished one")
  public Uni<RestResponse<ExhibitionResponse>> get(@PathParam("id") UUID id) {
    return service.get(id, Caller.of(identity)).map(ExhibitionResource::ok);
  }

  @GET
  @Path("/{id}/exhibits")
  @PermitAll
  @Operation(
      operationId = "exhibitionExhibits",
      summary = "The published exhibits of an exhibition, in the order shown, cursor-paged")
  @APIResponse(responseCode = "200", description = "A page of the exhibits, in order")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "404", description = "No such exhibition, or an unpublished one")
  public Uni<RestResponse<Page<ExhibitResponse>>> exhibits(
      @PathParam("id") UUID id, @BeanParam PageParams page, UriInfo uri) {
    return service
        .exhibits(id, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @POST
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createExhibition",
      summary = "Create an exhibition of the caller's museum, as a draft")
  @APIResponse(responseCode = "201", description = "Created; Location points at it")
  @APIResponse(responseCode = "400", description = "Invalid body, dates or a repeated exhibit")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a curator, or another museum named")
  @APIResponse(
      responseCode = "422",
      description = "No such museum, or exhibits that are not the museum's")
  public Uni<RestResponse<ExhibitionResponse>> create(
      @Valid @NotNull ExhibitionRequest request,
      @Parameter(description = "The museum, for network admins only") @QueryParam("museum")
          String museum,
      UriInfo uri) {
    return service
        .create(request, museum, Caller.of(identity))
        .map(
            created ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created,
                    created.version()));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "updateExhibition", summary = "Replace an exhibition's fields")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body, dates or a repeated exhibit")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum's exhibition")
  @APIResponse(responseCode = "404", description = "No such exhibition")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(
      responseCode = "422",
      description = "Exhibits that are not the museum's, or unpublished ones in a published show")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<ExhibitionResponse>> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ExhibitionRequest request) {
    return service.update(id, request, ifMatch, Caller.of(identity)).map(ExhibitionResource::ok);
  }

  @POST
  @Path("/{id}/{action: publish|withdraw}")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "actOnExhibition",
      summary = "Publish or withdraw an exhibition",
      description =
          "DRAFT or WITHDRAWN → PUBLISHED (publish) → WITHDRAWN (withdraw). Publishing needs at"
              + " least one exhibit, all of them published.")
  @APIResponse(responseCode = "200", description = "The exhibition in its new state")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum's exhibition")
  @APIResponse(responseCode = "404", description = "No such exhibition")
  @APIResponse(responseCode = "409", description = "Not allowed from the current state")
  @APIResponse(responseCode = "422", description = "No exhibits, or unpublished ones")
  public Uni<RestResponse<ExhibitionResponse>> act(
      @PathParam("id") UUID id, @PathParam("action") String action) {
    ExhibitionAction chosen = ExhibitionAction.valueOf(action.toUpperCase(Locale.ROOT));
    return publishing.act(id, chosen, Caller.of(identity)).map(ExhibitionResource::ok);
  }

  @GET
  @Path("/{id}/history")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "exhibitionHistory",
      summary = "The audit trail of an exhibition, oldest first")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum's exhibition")
  @APIResponse(responseCode = "404", description = "No such exhibition, or an unpublished one")
  public Uni<RestResponse<Page<AuditEntryResponse>>> history(
      @PathParam("id") UUID id, @BeanParam PageParams page, UriInfo uri) {
    return service
        .history(id, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  private static RestResponse<ExhibitionResponse> ok(ExhibitionResponse exhibition) {
    return Responses.ok(exhibition, exhibition.version());
  }
}
