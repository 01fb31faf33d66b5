package org.gazetteer.museums.exhibit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.ActionRequest;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.linkeddata.JsonLd;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.linkeddata.ExhibitJsonLd;
import org.gazetteer.museums.search.ExhibitListParams;
import org.gazetteer.museums.search.ExhibitSearchService;
import org.gazetteer.museums.search.SearchPage;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of exhibits: register, read, list, edit, and the review workflow's actions. */
@Path("/api/exhibits")
@Tag(name = "Exhibits", description = "Exhibits registered and published by the museums")
@Produces(MediaType.APPLICATION_JSON)
public class ExhibitResource {

  static final String EXHIBIT_JSON_LD =
      "{\"@context\": {\"@vocab\": \"https://schema.org/\", \"@language\": \"zh\"},"
          + " \"@id\": \"https://museums.example.org/api/exhibits/…\","
          + " \"@type\": [\"Book\", \"ArchiveComponent\"],"
          + " \"name\": [{\"@value\": \"四川扶贫志\", \"@language\": \"zh\"}],"
          + " \"holdingArchive\": {\"@id\": \"https://museums.example.org/api/museums/sichuan\"}}";

  private final ExhibitService service;
  private final ExhibitReviewService review;
  private final ExhibitSearchService search;
  private final ExhibitLookup lookup;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  ExhibitResource(
      ExhibitService service,
      ExhibitReviewService review,
      ExhibitSearchService search,
      ExhibitLookup lookup,
      SecurityIdentity identity,
      ObjectMapper json) {
    this.service = service;
    this.review = review;
    this.search = search;
    this.lookup = lookup;
    this.identity = identity;
    this.json = json;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listExhibits",
      summary = "List or search exhibits, cursor-paged",
      description =
          "Published exhibits for everyone, newest first. With q they are ranked by relevance"
              + " (titles over keywords and era over descriptions; 2-character Chinese queries such"
              + " as 熊猫 work), and q and the filters (category, workType, division including the"
              + " divisions under it, eraFrom/eraTo overlapping the dating) combine, with facet"
              + " counts of the whole result. Another status lists the caller's own museum's"
              + " exhibits in that state (all museums for network admins). With ids, a batch read of"
              + " up to 100 published exhibits for other services.")
  @APIResponse(responseCode = "200", description = "A page of exhibits, with facets when searching")
  @APIResponse(responseCode = "400", description = "Invalid parameter, limit or cursor")
  @APIResponse(responseCode = "401", description = "A status other than PUBLISHED without login")
  public Uni<RestResponse<SearchPage>> list(@BeanParam ExhibitListParams params, UriInfo uri) {
    List<UUID> batch = params.batch();
    if (batch != null) {
      return Panache.withSession(() -> lookup.published(batch))
          .map(items -> RestResponse.ok(new SearchPage(items, null, null)));
    }
    int size = params.size();
    if (params.searches()) {
      return search
          .search(params.toSearch(), params.cursor, size)
          .map(page -> PageResponses.ok(page, page.next(), uri));
    }
    return service
        .list(params.state(), params.museum, Caller.of(identity), params.cursor, size)
        .map(page -> new SearchPage(page.items(), page.next(), null))
        .map(page -> PageResponses.ok(page, page.next(), uri));
  }

  @GET
  @Path("/vocabularies")
  @PermitAll
  @Operation(
      operationId = "exhibitVocabularies",
      summary = "The codes exhibit records use, with Chinese and English labels")
  @APIResponse(responseCode = "200", description = "Categories and work types")
  public ExhibitVocabularies vocabularies() {
    return ExhibitVocabularies.ALL;
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
  @Operation(
      operationId = "getExhibit",
      summary = "Read an exhibit",
      description =
          "JSON by default; with Accept: application/ld+json a published exhibit as schema.org"
              + " JSON-LD (its work type and ArchiveComponent, held by the museum).")
  @APIResponse(
      responseCode = "200",
      description = "The exhibit, with its version as ETag",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExhibitResponse.class)),
        @Content(
            mediaType = JsonLd.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            example = EXHIBIT_JSON_LD)
      })
  @APIResponse(responseCode = "404", description = "No such exhibit, or a draft of another museum")
  @APIResponse(responseCode = "406", description = "JSON-LD asked for an exhibit not published")
  @APIResponse(
      responseCode = "410",
      description = "Withdrawn by its museum (for everyone but its curators and admins): for good")
  public Uni<RestResponse<String>> get(
      @PathParam("id") UUID id, @Context HttpHeaders headers, UriInfo uri) {
    boolean linked = JsonLd.preferred(headers);
    return service
        .get(id, Caller.of(identity))
        .map(
            exhibit ->
                linked
                    ? linkedData(exhibit, uri)
                    : Responses.negotiated(
                        json, exhibit, exhibit.version(), MediaType.APPLICATION_JSON, null));
  }

  private RestResponse<String> linkedData(ExhibitResponse exhibit, UriInfo uri) {
    if (exhibit.status() != ExhibitStatus.PUBLISHED) {
      throw new ProblemException(
          ProblemType.NOT_ACCEPTABLE,
          "JSON-LD describes published exhibits only; this one is " + exhibit.status());
    }
    String self = uri.getBaseUriBuilder().path("api/exhibits/{id}").build(exhibit.id()).toString();
    String museum =
        uri.getBaseUriBuilder().path("api/museums/{code}").build(exhibit.museum()).toString();
    return Responses.negotiated(
        json, ExhibitJsonLd.of(exhibit, self, museum), exhibit.version(), JsonLd.MEDIA_TYPE, "ld");
  }

  @POST
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createExhibit",
      summary = "Register an exhibit of the caller's museum, as a draft")
  @APIResponse(responseCode = "201", description = "Created; Location points at it")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a curator, or another museum named")
  @APIResponse(responseCode = "409", description = "Inventory number already used in the museum")
  @APIResponse(responseCode = "422", description = "The caller's institution has no museum")
  public Uni<RestResponse<ExhibitResponse>> create(
      @Valid @NotNull ExhibitRequest request,
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
  @Operation(
      operationId = "updateExhibit",
      summary = "Replace an exhibit's fields; a published exhibit's edit waits for review",
      description =
          "A draft, an exhibit in review or a withdrawn one changes at once (200). A published"
              + " exhibit does not: the edit is stored as its pending revision (202, replacing a"
              + " revision already pending) and the public record, search, JSON-LD and the change"
              + " feed keep the approved version until another curator of the museum or an admin"
              + " approves it at /revision/approve.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The exhibit's ETag last read")
  @APIResponse(
      responseCode = "200",
      description = "Updated, with the new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExhibitResponse.class)))
  @APIResponse(
      responseCode = "202",
      description =
          "A published exhibit: the edit is its pending revision, with the revision's ETag and"
              + " Content-Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RevisionResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "The exhibit belongs to another museum")
  @APIResponse(responseCode = "404", description = "No such exhibit")
  @APIResponse(responseCode = "409", description = "Inventory number already used in the museum")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Uni<RestResponse<Object>> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ExhibitRequest request,
      UriInfo uri) {
    return service
        .update(id, request, ifMatch, Caller.of(identity))
        .map(
            edit ->
                edit.proposed() == null
                    ? Responses.ok(edit.applied(), edit.applied().version())
                    : Responses.accepted(
                        uri.getAbsolutePathBuilder().path("revision").build(),
                        edit.proposed(),
                        edit.proposed().version()));
  }

  @POST
  @Path("/{id}/{action: submit|approve|reject|withdraw}")
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "actOnExhibit",
      summary = "Move an exhibit through review: submit, approve, reject or withdraw",
      description =
          "DRAFT → IN_REVIEW (submit) → PUBLISHED (approve) → WITHDRAWN (withdraw); reject returns"
              + " IN_REVIEW to DRAFT. The submitter cannot approve their own submission. Approve"
              + " and reject need If-Match with the version reviewed; withdrawing discards a"
              + " pending revision.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      description = "The exhibit's ETag: required to approve or reject, checked when sent")
  @APIResponse(responseCode = "200", description = "The exhibit in its new state")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Another museum's exhibit, or approving one's own submission")
  @APIResponse(responseCode = "404", description = "No such exhibit")
  @APIResponse(responseCode = "400", description = "A rejection without a reason")
  @APIResponse(responseCode = "409", description = "Not allowed from the current state")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(responseCode = "428", description = "If-Match missing on approve or reject")
  public Uni<RestResponse<ExhibitResponse>> act(
      @PathParam("id") UUID id,
      @PathParam("action") String action,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ActionRequest body) {
    ExhibitAction chosen = ExhibitAction.valueOf(action.toUpperCase(Locale.ROOT));
    String reason = body == null ? null : body.reason();
    return review.act(id, chosen, reason, ifMatch, Caller.of(identity)).map(ExhibitResource::ok);
  }

  @GET
  @Path("/{id}/history")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "exhibitHistory",
      summary = "The audit trail of an exhibit: who changed which fields when, oldest first")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum's exhibit")
  @APIResponse(responseCode = "404", description = "No such exhibit, or a draft of another museum")
  public Uni<RestResponse<Page<AuditEntryResponse>>> history(
      @PathParam("id") UUID id, @BeanParam PageParams page, UriInfo uri) {
    return service
        .history(id, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  private static RestResponse<ExhibitResponse> ok(ExhibitResponse exhibit) {
    return Responses.ok(exhibit, exhibit.version());
  }
}
