package org.gazetteer.readingrooms.reservation;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of seat reservations: reserve, read one's own. */
@Path("/api/reservations")
@Tag(name = "Reservations", description = "Seat reservations in reading rooms")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReservationResource {

  private final ReservationService service;
  private final IdempotencyStore keys;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  ReservationResource(
      ReservationService service,
      IdempotencyStore keys,
      SecurityIdentity identity,
      ObjectMapper json) {
    this.service = service;
    this.keys = keys;
    this.identity = identity;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "reserveSeat",
      summary = "Reserve a seat in one of a room's slots",
      description =
          "Any login. start/end must be one of the room's slots (GET"
              + " /api/reading-rooms/{code}/slots). With an Idempotency-Key a retry gets the first"
              + " response again (marked Idempotent-Replayed).")
  @Parameter(
      name = IdempotencyKey.HEADER,
      in = ParameterIn.HEADER,
      description = "8 to 64 of A-Z a-z 0-9 - _; kept 24 h per caller",
      schema = @Schema(pattern = IdempotencyKey.PATTERN),
      example = "b7e2c1d0-4a4f-4c4e")
  @APIResponse(
      responseCode = "201",
      description = "Reserved; the body carries the check-in code and its QR-friendly URL",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReservationResponse.class)))
  @APIResponse(responseCode = "400", description = "Invalid body or malformed Idempotency-Key")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "409",
      description =
          "No such slot, slot over, closure, slot full, per-visitor limit, or the same key still"
              + " in flight")
  @APIResponse(
      responseCode = "422",
      description = "Unknown or closed room, or the key was used with another body")
  public Uni<Response> reserve(
      @HeaderParam(IdempotencyKey.HEADER) String keyHeader,
      @Valid @NotNull ReservationRequest request,
      UriInfo uri) {
    Caller caller = Caller.of(identity);
    String base = uri.getBaseUri().toString();
    return IdempotentCalls.create(
        keys,
        IdempotencyKey.parse(keyHeader),
        key ->
            new IdempotencyScope(
                caller.username(), "POST", uri.getPath(), key, Fingerprints.of(request)),
        keep -> service.reserve(request, caller, keep),
        (ReservationResponse r) -> created(r.withCheckInUrl(base), uri),
        json);
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "myReservations", summary = "The caller's reservations, latest first")
  @APIResponse(responseCode = "200", description = "A page of reservations")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  public Uni<RestResponse<Page<ReservationResponse>>> mine(
      @BeanParam PageParams page, UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return service
        .mine(Caller.of(identity), page.cursor, page.size())
        .map(
            p -> new Page<>(p.items().stream().map(r -> r.withCheckInUrl(base)).toList(), p.next()))
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "getReservation", summary = "Read a reservation")
  @APIResponse(responseCode = "200", description = "The reservation, with its version as ETag")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "404",
      description = "No such reservation, or one of another visitor and another institution")
  public Uni<RestResponse<ReservationResponse>> get(@PathParam("id") UUID id, UriInfo uri) {
    String base = uri.getBaseUri().toString();
    return service
        .get(id, Caller.of(identity))
        .map(r -> Responses.ok(r.withCheckInUrl(base), r.version()));
  }

  private static Response created(ReservationResponse r, UriInfo uri) {
    return Response.created(location(r, uri)).entity(r).tag(Versions.etag(r.version())).build();
  }

  private static URI location(ReservationResponse r, UriInfo uri) {
    return uri.getBaseUriBuilder().path("api/reservations").path(r.id().toString()).build();
  }
}
