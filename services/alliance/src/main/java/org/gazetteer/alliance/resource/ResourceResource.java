package org.gazetteer.alliance.resource;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.vocabulary.Codes;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the resources members share. */
@Path("/api/alliance/resources")
@Tag(name = "Alliance resources", description = "What the members of the alliance share")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceResource {

  private final ResourceService service;
  private final SecurityIdentity identity;

  ResourceResource(ResourceService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listSharedResources",
      summary = "The shared resources the caller may see, newest first, cursor-paged",
      description =
          "PUBLIC ones for everyone; ALLIANCE ones of approved owners for users of approved,"
              + " non-suspended member institutions; the caller's own institution's (its alliance"
              + " members and curators); everything for admins.")
  @APIResponse(responseCode = "200", description = "A page of resources")
  @APIResponse(responseCode = "400", description = "Invalid filter, text query, limit or cursor")
  public Uni<RestResponse<Page<ResourceResponse>>> list(
      @Parameter(schema = @Schema(implementation = ResourceKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(schema = @Schema(implementation = ResourceScope.class)) @QueryParam("scope")
          String scope,
      @Parameter(schema = @Schema(implementation = Delivery.class)) @QueryParam("delivery")
          String delivery,
      @Parameter(
              description = "Only this member's",
              schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
          @QueryParam("owner")
          String owner,
      @Parameter(
              description =
                  "Text in the title or description (Chinese or English): at most 100 characters"
                      + " and 8 words, at least one of two characters or more; simplified and"
                      + " traditional characters are the same (館藏 finds 馆藏)",
              schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_LENGTH))
          @QueryParam("q")
          String q,
      @BeanParam PageParams page,
      UriInfo uri) {
    ResourceFilter filter =
        new ResourceFilter(
            QueryParams.enumValue(ResourceKind.class, kind, "kind"),
            QueryParams.enumValue(ResourceScope.class, scope, "scope"),
            QueryParams.enumValue(Delivery.class, delivery, "delivery"),
            QueryParams.codeValue(owner, "owner", "a member code"),
            SearchQuery.parameter(q, "q"));
    return service
        .list(filter, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/vocabularies")
  @PermitAll
  @Operation(
      operationId = "resourceVocabularies",
      summary = "The codes of kinds, scopes and deliveries, with their labels")
  @APIResponse(responseCode = "200", description = "Every vocabulary of shared resources")
  public ResourceVocabularies vocabularies() {
    return ResourceVocabularies.ALL;
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getSharedResource", summary = "Read a shared resource")
  @APIResponse(responseCode = "200", description = "The resource, with its version as ETag")
  @APIResponse(
      responseCode = "404",
      description = "No such resource, or one the caller may not see")
  public Uni<RestResponse<ResourceResponse>> get(@PathParam("id") UUID id) {
    return service.get(id, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "publishSharedResource",
      summary = "Publish a resource of the caller's member institution",
      description = "For the alliance members and curators of an approved, non-suspended member.")
  @APIResponse(responseCode = "201", description = "Published; Location points at it")
  @APIResponse(
      responseCode = "400",
      description = "Invalid body: a quantity on a non-physical resource or none on a physical one")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Not acting for an approved, non-suspended member (admins act for none)")
  public Uni<RestResponse<ResourceResponse>> create(
      @Valid @NotNull ResourceRequest request, UriInfo uri) {
    return service
        .create(request, Caller.of(identity))
        .map(
            r ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(r.id().toString()).build(), r, r.version()));
  }

  @PUT
  @Path("/{id}")
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "updateSharedResource", summary = "Replace a shared resource's fields")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not the owner, or not an approved member")
  @APIResponse(
      responseCode = "404",
      description = "No such resource, or one the caller may not see")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<ResourceResponse>> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ResourceRequest request) {
    return service
        .update(id, request, ifMatch, Caller.of(identity))
        .map(r -> Responses.ok(r, r.version()));
  }
}
