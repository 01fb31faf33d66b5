package org.gazetteer.alliance.member;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.alliance.audit.AuditEntryResponse;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.ActionRequest;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the alliance's member institutions: applications, decisions, lists, reads. */
@Path("/api/alliance/members")
@Tag(name = "Alliance members", description = "Member institutions of the alliance")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

  private final MemberService service;
  private final SecurityIdentity identity;

  MemberResource(MemberService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listAllianceMembers",
      summary = "List member institutions, by code, cursor-paged",
      description =
          "Approved members for everyone. Another status lists the caller's own institution if it"
              + " is in that state (every institution for network admins).")
  @APIResponse(responseCode = "200", description = "A page of members")
  @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
  @APIResponse(responseCode = "401", description = "A status other than APPROVED without login")
  public Uni<RestResponse<Page<MemberResponse>>> list(
      @Parameter(
              description = "Membership state; APPROVED unless given",
              schema = @Schema(implementation = MemberStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(implementation = MemberType.class)) @QueryParam("type")
          String type,
      @Parameter(description = "Division code; includes the divisions under it", example = "510100")
          @QueryParam("division")
          @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
          String division,
      @BeanParam PageParams page,
      UriInfo uri) {
    MemberStatus requested = QueryParams.enumValue(MemberStatus.class, status, "status");
    MemberFilter filter =
        new MemberFilter(
            requested == null ? MemberStatus.APPROVED : requested,
            null,
            QueryParams.enumValue(MemberType.class, type, "type"),
            division);
    return service
        .list(filter, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{code}")
  @PermitAll
  @Operation(operationId = "getAllianceMember", summary = "Read a member institution")
  @APIResponse(responseCode = "200", description = "The member, with its version as ETag")
  @APIResponse(
      responseCode = "404",
      description = "No such member, or another institution's membership that is not approved")
  public Uni<RestResponse<MemberResponse>> get(@PathParam("code") String code) {
    return service
        .get(code, Caller.of(identity))
        .map(member -> Responses.ok(member, member.version()));
  }

  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "applyToAlliance",
      summary = "Apply for the caller's institution to join the alliance",
      description =
          "By an alliance-member or a curator, for the institution in their token. A rejected"
              + " institution may apply again; a pending, approved or suspended one is a 409.")
  @APIResponse(responseCode = "201", description = "Applied; Location points at the membership")
  @APIResponse(responseCode = "400", description = "Invalid body or an unknown division")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Not an alliance member or curator, or no institution in the token")
  @APIResponse(responseCode = "409", description = "Already applied, approved or suspended")
  public Uni<RestResponse<MemberResponse>> apply(
      @Valid @NotNull MemberApplication application, UriInfo uri) {
    return service
        .apply(application, Caller.of(identity))
        .map(
            m ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(m.code()).build(), m, m.version()));
  }

  @POST
  @Path("/{code}/{action: approve|reject|suspend|reinstate}")
  @RolesAllowed(Roles.NETWORK_ADMIN)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "decideOnMember",
      summary = "Approve, reject, suspend or reinstate a membership (network admins)",
      description =
          "APPLIED → APPROVED (approve) or REJECTED (reject, with a reason); APPROVED → SUSPENDED"
              + " (suspend, with a reason); SUSPENDED → APPROVED (reinstate). A wrong state is a"
              + " 409 naming the allowed actions. If-Match is optional and checked when sent.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      description = "The ETag last read; optional")
  @APIResponse(responseCode = "200", description = "The membership in its new state")
  @APIResponse(responseCode = "400", description = "A rejection or suspension without a reason")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not a network admin")
  @APIResponse(responseCode = "404", description = "No such member")
  @APIResponse(responseCode = "409", description = "Not allowed from the current state")
  @APIResponse(responseCode = "412", description = "Changed since the admin read it")
  public Uni<RestResponse<MemberResponse>> act(
      @PathParam("code") String code,
      @PathParam("action") String action,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ActionRequest body) {
    MemberAction chosen = MemberAction.valueOf(action.toUpperCase(Locale.ROOT));
    String reason = body == null ? null : body.reason();
    return service
        .act(code, chosen, reason, ifMatch, Caller.of(identity))
        .map(m -> Responses.ok(m, m.version()));
  }

  @GET
  @Path("/{code}/history")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "memberHistory",
      summary = "The audit trail of a membership: the application and every decision")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's membership")
  @APIResponse(responseCode = "404", description = "No such member")
  public Uni<RestResponse<Page<AuditEntryResponse>>> history(
      @PathParam("code") String code, @BeanParam PageParams page, UriInfo uri) {
    return service
        .history(code, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }
}
