package org.gazetteer.museums.museum;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.linkeddata.JsonLd;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.linkeddata.MuseumJsonLd;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the museum register. */
@Path("/api/museums")
@Tag(name = "Museums", description = "The museums of the network")
@Produces(MediaType.APPLICATION_JSON)
public class MuseumResource {

  static final String MUSEUM_JSON_LD =
      "{\"@context\": {\"@vocab\": \"https://schema.org/\", \"@language\": \"zh\"},"
          + " \"@id\": \"https://museums.example.org/api/museums/chengdu\", \"@type\": \"Museum\","
          + " \"name\": [{\"@value\": \"成都方志馆\", \"@language\": \"zh\"}]}";

  private final MuseumService service;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  MuseumResource(MuseumService service, SecurityIdentity identity, ObjectMapper json) {
    this.service = service;
    this.identity = identity;
    this.json = json;
  }

  @GET
  @PermitAll
  @Operation(operationId = "listMuseums", summary = "List museums, by code, cursor-paged")
  @APIResponse(responseCode = "200", description = "A page of museums")
  @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
  public Uni<RestResponse<Page<MuseumResponse>>> list(
      @Parameter(schema = @Schema(implementation = MuseumKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(description = "Parent museum code") @QueryParam("parent") String parent,
      @Parameter(description = "Division code; includes the divisions under it", example = "510100")
          @QueryParam("division")
          @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
          String division,
      @Parameter(
              description =
                  "Text the Chinese or English name contains, e.g. 成都 (traditional characters"
                      + " find simplified ones: 成都方志館), or the Chinese name's pinyin, e.g."
                      + " chengdu or initials cdfzg; museums whose names hold the text come"
                      + " first; at most 100 characters",
              schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_LENGTH))
          @QueryParam("q")
          @Size(max = SearchQuery.MAX_LENGTH)
          String q,
      @BeanParam PageParams page,
      UriInfo uri) {
    return service
        .list(
            MuseumFilter.of(
                QueryParams.enumValue(MuseumKind.class, kind, "kind"), parent, division, q),
            page.cursor,
            page.size())
        .map(museums -> PageResponses.ok(museums, uri));
  }

  @GET
  @Path("/vocabularies")
  @PermitAll
  @Operation(
      operationId = "museumVocabularies",
      summary = "The kinds of museum, with Chinese and English labels")
  @APIResponse(responseCode = "200", description = "Museum kinds")
  public MuseumVocabularies vocabularies() {
    return MuseumVocabularies.ALL;
  }

  @GET
  @Path("/{code}")
  @PermitAll
  @Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
  @Operation(
      operationId = "getMuseum",
      summary = "Read a museum",
      description = "JSON by default; with Accept: application/ld+json a schema.org Museum.")
  @APIResponse(
      responseCode = "200",
      description = "The museum, with its version as ETag",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MuseumResponse.class)),
        @Content(
            mediaType = JsonLd.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            example = MUSEUM_JSON_LD)
      })
  @APIResponse(responseCode = "404", description = "No such museum")
  public Uni<RestResponse<String>> get(
      @PathParam("code") String code, @Context HttpHeaders headers, UriInfo uri) {
    boolean linked = JsonLd.preferred(headers);
    return service
        .get(code)
        .map(
            museum ->
                linked
                    ? Responses.negotiated(
                        json,
                        MuseumJsonLd.of(museum, self(uri, museum.code()), parent(uri, museum)),
                        museum.version(),
                        JsonLd.MEDIA_TYPE,
                        "ld")
                    : Responses.negotiated(
                        json, museum, museum.version(), MediaType.APPLICATION_JSON, null));
  }

  private static String self(UriInfo uri, String code) {
    return uri.getBaseUriBuilder().path("api/museums/{code}").build(code).toString();
  }

  private static String parent(UriInfo uri, MuseumResponse museum) {
    return museum.parent() == null ? null : self(uri, museum.parent());
  }

  @POST
  @RolesAllowed(Roles.NETWORK_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "createMuseum", summary = "Register a museum (network admins)")
  @APIResponse(responseCode = "201", description = "Registered; Location points at it")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a network admin")
  @APIResponse(responseCode = "409", description = "The code is taken")
  @APIResponse(responseCode = "422", description = "The parent museum does not exist")
  public Uni<RestResponse<MuseumResponse>> create(
      @Valid @NotNull MuseumRequest request, UriInfo uri) {
    return service
        .create(request, Caller.of(identity))
        .map(
            created ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(created.code()).build(),
                    created,
                    created.version()));
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateMuseum",
      summary = "Replace a museum's fields",
      description =
          "Curators edit their own museum's descriptive fields (name, address, location, hours,"
              + " contact); kind, parent and division are changed by network admins only.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body, or a code other than the path's")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Another institution's museum, or a curator changing kind, parent or division")
  @APIResponse(responseCode = "404", description = "No such museum")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "422", description = "The parent museum does not exist")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<MuseumResponse>> update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MuseumRequest request) {
    return service
        .update(code, request, ifMatch, Caller.of(identity))
        .map(museum -> Responses.ok(museum, museum.version()));
  }

  @GET
  @Path("/{code}/history")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "museumHistory",
      summary = "The audit trail of a museum: who changed which fields when, oldest first")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's museum")
  @APIResponse(responseCode = "404", description = "No such museum")
  public Uni<RestResponse<Page<AuditEntryResponse>>> history(
      @PathParam("code") String code, @BeanParam PageParams page, UriInfo uri) {
    return service
        .history(code, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }
}
