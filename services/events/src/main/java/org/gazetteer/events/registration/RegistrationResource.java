package org.gazetteer.events.registration;

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

/** HTTP face of registrations: a party registers for a session, sees and cancels its own. */
@Path("/api/registrations")
@Tag(
    name = "Registrations",
    description = "Parties registered for event sessions, and the waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RegistrationResource {

  private final RegistrationService service;
  private final IdempotencyStore keys;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  RegistrationResource(
      RegistrationService service,
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
      operationId = "register",
      summary = "Register a party for a session",
      description =
          "Any login. CONFIRMED when the party fits the free places, else WAITLISTED as one entry"
              + " with its position; never split. One open registration per person and session."
              + " With an Idempotency-Key a retry gets the first response again (marked"
              + " Idempotent-Replayed).")
  @Parameter(
      name = IdempotencyKey.HEADER,
      in = ParameterIn.HEADER,
      description = "8 to 64 of A-Z a-z 0-9 - _; kept 24 h per caller",
      schema = @Schema(pattern = "^" + IdempotencyKey.PATTERN + "$"),
      example = "b7e2c1d0-4a4f-4c4e")
  @APIResponse(
      responseCode = "201",
      description = "Registered, confirmed or waitlisted; the body carries the check-in code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegistrationResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body (a party out of range) or malformed Idempotency-Key")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "409",
      description =
          "A party larger than the session, a cancelled or started session, a second"
              + " registration for the session, or the same key still in flight")
  @APIResponse(
      responseCode = "422",
      description = "No such session open to register, or the key was used with another body")
  @APIResponse(responseCode = "503", description = "A clash of check-in codes; send it again")
  public Uni<Response> register(
      @HeaderParam(IdempotencyKey.HEADER) String keyHeader,
      @Valid @NotNull RegistrationRequest request,
      UriInfo uri) {
    Caller caller = Caller.of(identity);
    return IdempotentCalls.create(
        keys,
        IdempotencyKey.parse(keyHeader),
        key ->
            new IdempotencyScope(
                caller.username(), "POST", uri.getPath(), key, Fingerprints.of(request)),
        keep -> service.register(request, caller, keep),
        (RegistrationResponse r) -> created(r, uri),
        json);
  }

  @GET
  @Path("/mine")
  @SecurityRequirement(name = "bearer")
  @Operation(operationId = "myRegistrations", summary = "The caller's registrations, latest first")
  @APIResponse(responseCode = "200", description = "A page of registrations")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  public Uni<RestResponse<Page<RegistrationResponse>>> mine(
      @BeanParam PageParams page, UriInfo uri) {
    return service
        .mine(Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "getRegistration",
      summary = "Read a registration (its registrant, with the code; or the event's organizers)")
  @APIResponse(responseCode = "200", description = "The registration, with its version as ETag")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "404", description = "No such registration of the caller's")
  public Uni<RestResponse<RegistrationResponse>> get(@PathParam("id") UUID id) {
    return service.get(id, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path("/{id}/cancel")
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "cancelRegistration",
      summary = "Cancel one's own registration, until the session starts",
      description =
          "The freed places go, in the same transaction, to the waiting parties in line order:"
              + " each party that fits the places still free is confirmed.")
  @APIResponse(responseCode = "200", description = "The cancelled registration")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "404", description = "No such registration of the caller's")
  @APIResponse(responseCode = "409", description = "Already cancelled, or the session has started")
  public Uni<RestResponse<RegistrationResponse>> cancel(@PathParam("id") UUID id) {
    return service.cancel(id, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  @POST
  @Path("/{id}/check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "checkInRegistration",
      summary = "Check a confirmed party in by its registration id (the event's organizers)",
      description =
          "From an hour before the session starts until it ends; people = how many came (the"
              + " whole party when absent). After the session, no-shows are the people registered"
              + " minus those checked in.")
  @APIResponse(responseCode = "200", description = "The checked-in registration")
  @APIResponse(responseCode = "400", description = "People out of the party's range")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer of the event's institution")
  @APIResponse(responseCode = "404", description = "No such registration")
  @APIResponse(
      responseCode = "409",
      description = "Not confirmed, already checked in, or outside the check-in time")
  public Uni<RestResponse<RegistrationResponse>> checkIn(
      @PathParam("id") UUID id, @Valid CheckInRequest body) {
    Integer people = body == null ? null : body.people();
    return service.checkIn(id, people, Caller.of(identity)).map(r -> Responses.ok(r, r.version()));
  }

  private static Response created(RegistrationResponse r, UriInfo uri) {
    return Response.created(location(r, uri)).entity(r).tag(Versions.etag(r.version())).build();
  }

  private static URI location(RegistrationResponse r, UriInfo uri) {
    return uri.getBaseUriBuilder().path("api/registrations").path(r.id().toString()).build();
  }
}
