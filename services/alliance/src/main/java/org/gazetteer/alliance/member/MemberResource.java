package org.gazetteer.alliance.member;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.http.Responses;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.paging.PageResponses;
import org.gazetteer.common.security.Caller;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the alliance's member institutions: list and read. */
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
}
