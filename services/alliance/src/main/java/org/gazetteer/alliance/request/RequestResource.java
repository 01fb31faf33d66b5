package org.gazetteer.alliance.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.idempotency.Fingerprints;
import org.gazetteer.common.idempotency.IdempotencyKey;
import org.gazetteer.common.idempotency.IdempotencyScope;
import org.gazetteer.common.idempotency.IdempotencyStore;
import org.gazetteer.common.idempotency.IdempotentCalls;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.vocabulary.Codes;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the requests between members: both sides' lists, the steps, the timeline. */
@Path("/api/alliance/requests")
@Tag(
    name = "Alliance requests",
    description = "Loans and sharing between members, each step by its side")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RequestResource {

  private final RequestService service;
  private final IdempotencyStore keys;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  RequestResource(
      RequestService service, IdempotencyStore keys, SecurityIdentity identity, ObjectMapper json) {
    this.service = service;
    this.keys = keys;
    this.identity = identity;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "requestSharedResource",
      summary = "Request another member's resource",
      description =
          "For the alliance members and curators of an approved, non-suspended member: a resource"
              + " they may see, of another approved member, for days within its availability and"
              + " (physical ones) at most its quantity. With an Idempotency-Key a retry gets the"
              + " first response again (marked Idempotent-Replayed).")
  @Parameter(
      name = IdempotencyKey.HEADER,
      in = ParameterIn.HEADER,
      description = "8 to 64 of A-Z a-z 0-9 - _; kept 24 h per caller",
      schema = @Schema(pattern = "^" + IdempotencyKey.PATTERN + "$"),
      example = "a1f3c9e2-5b7d-4e10")
  @APIResponse(
      responseCode = "201",
      description = "Requested; Location points at it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid body: days in the past, reversed or a year apart, a quantity for a"
              + " non-physical resource; or a malformed Idempotency-Key")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Not acting for an approved, non-suspended member (admins act for none)")
  @APIResponse(responseCode = "409", description = "The same key still in flight")
  @APIResponse(
      responseCode = "422",
      description =
          "No such resource the caller may see, one's own, an owner not approved, days outside"
              + " its availability, more items than it has; or the key used with another body")
  public Uni<Response> create(
      @HeaderParam(IdempotencyKey.HEADER) String keyHeader,
      @Valid @NotNull NewRequest body,
      UriInfo uri) {
    Caller caller = Caller.of(identity);
    return IdempotentCalls.create(
        keys,
        IdempotencyKey.parse(keyHeader),
        key ->
            new IdempotencyScope(
                caller.username(), "POST", uri.getPath(), key, Fingerprints.of(body)),
        keep -> service.create(body, caller, keep),
        (RequestResponse r) ->
            Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                .entity(r)
                .tag(Versions.etag(r.version()))
                .build(),
        json);
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "listShareRequests",
      summary = "The requests of the caller's member, newest first, cursor-paged",
      description =
          "side=lender: the outgoing loans of its resources; side=borrower: the incoming ones it"
              + " asked for; both without. For the alliance members and curators of a member (in"
              + " any state); admins see every request, or one member's with member=. Any other"
              + " login, or asking for another member's, finds an empty list.")
  @APIResponse(responseCode = "200", description = "A page of requests")
  @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  public Uni<RestResponse<Page<RequestResponse>>> list(
      @Parameter(schema = @Schema(enumeration = {"lender", "borrower"})) @QueryParam("side")
          String side,
      @Parameter(schema = @Schema(implementation = RequestStatus.class)) @QueryParam("status")
          String status,
      @Parameter(description = "Only requests for this resource") @QueryParam("resource")
          UUID resource,
      @Parameter(description = "Only physical loans still out after their last day")
          @QueryParam("overdue")
          boolean overdue,
      @Parameter(
              description = "Admins: one member's requests",
              schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
          @QueryParam("member")
          String member,
      @BeanParam PageParams page,
      UriInfo uri) {
    RequestFilter filter =
        new RequestFilter(
            QueryParams.codeValue(member, "member", "a member code"),
            QueryParams.enumValue(
                RequestSide.class, side == null ? null : side.toUpperCase(Locale.ROOT), "side"),
            QueryParams.enumValue(RequestStatus.class, status, "status"),
            resource,
            overdue);
    return service
        .list(filter, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getShareRequest",
      summary = "Read a request with its timeline (its two sides and admins)")
  @APIResponse(responseCode = "200", description = "The request, with its version as ETag")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No such request of the caller's member (its alliance members and curators)")
  public Uni<RestResponse<RequestResponse>> get(@PathParam("id") UUID id) {
    return service.get(id, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path(
      "/{id}/{action: approve|offer-conditions|accept-conditions|decline|ship|receive|return"
          + "|confirm-return|close|complete|cancel}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "stepShareRequest",
      summary = "Take a step of a request for the caller's side",
      description =
          "Owner: approve, offer-conditions (body: conditions), decline, ship, confirm-return (body:"
              + " report), close (once every obligation is met), complete (digital or service)."
              + " Requester: accept-conditions, decline (conditions), receive, return, cancel"
              + " (before shipping). Approving a physical loan holds its items on every day asked"
              + " for; a day that would hold more than the resource has is a 409. While either"
              + " member is suspended only return and confirm-return go on. If-Match is optional"
              + " and checked when sent.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      description = "The ETag last read; optional")
  @APIResponse(responseCode = "200", description = "The request after the step")
  @APIResponse(
      responseCode = "400",
      description = "A body part the action does not take, or an offer without conditions")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Not the side that takes this step, or an admin (who acts for neither)")
  @APIResponse(responseCode = "404", description = "No such request of the caller's member")
  @APIResponse(
      responseCode = "409",
      description =
          "Not allowed from the current state (naming the allowed steps), frozen by a suspension,"
              + " open obligations, not enough items free, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  public Uni<RestResponse<RequestResponse>> act(
      @PathParam("id") UUID id,
      @PathParam("action") String action,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid StepRequest body) {
    RequestAction chosen = RequestAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
    return service
        .act(id, chosen, body, ifMatch, Caller.of(identity))
        .map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path("/{id}/obligations/{kind: condition-report|citation}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "meetShareRequestObligation",
      summary = "Meet an obligation of a loan: the condition report or the citation",
      description =
          "condition-report: the owner, once the loan is back (RETURNED), if confirm-return came"
              + " without one; citation: the borrower, once the loan has arrived, when the owner"
              + " made it a condition.")
  @APIResponse(responseCode = "200", description = "The request with the obligation met")
  @APIResponse(responseCode = "400", description = "No note")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not the side that meets it")
  @APIResponse(
      responseCode = "404",
      description = "No such request of the caller's member, or it owes no such thing")
  @APIResponse(responseCode = "409", description = "Met already, or not due in this state")
  public Uni<RestResponse<RequestResponse>> meet(
      @PathParam("id") UUID id,
      @PathParam("kind") String kind,
      @Valid @NotNull ObligationReport report) {
    ObligationKind chosen = ObligationKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
    return service
        .meet(id, chosen, report, Caller.of(identity))
        .map(r -> Responses.ok(r, r.version()));
  }
}
