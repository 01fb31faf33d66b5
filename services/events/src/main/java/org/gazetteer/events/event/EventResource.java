package org.gazetteer.events.event;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.gazetteer.common.vocabulary.Codes;
import org.gazetteer.events.audit.AuditEntryResponse;
import org.gazetteer.events.venue.VenueType;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of outreach events. */
@Path("/api/events")
@Tag(name = "Events", description = "Outreach events of the network")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

  static final String EVENT_JSON_LD =
      """
      {"@context": {"@vocab": "https://schema.org/", "@language": "zh"},
       "@id": "https://gazetteer.example/api/events/00000000-0000-4000-8000-00000000e001",
       "@type": "Event", "name": [{"@value": "方志文化进校园", "@language": "zh"}],
       "eventStatus": {"@id": "https://schema.org/EventScheduled"},
       "eventAttendanceMode": {"@id": "https://schema.org/OfflineEventAttendanceMode"},
       "startDate": "2026-12-12T14:00+08:00", "endDate": "2026-12-12T16:00+08:00",
       "location": {"@id": "https://gazetteer.example/api/museums/chengdu", "@type": "Museum"},
       "organizer": {"@type": "Organization", "identifier": "chengdu"},
       "subEvent": [{"@type": "Event", "startDate": "2026-12-12T14:00+08:00",
                     "maximumAttendeeCapacity": 50, "remainingAttendeeCapacity": 38}]}""";

  private final EventService service;
  private final EventActions actions;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  EventResource(
      EventService service, EventActions actions, SecurityIdentity identity, ObjectMapper json) {
    this.service = service;
    this.actions = actions;
    this.identity = identity;
    this.json = json;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listEvents",
      summary = "List events, earliest first session first, cursor-paged",
      description =
          "Published events for everyone, upcoming ones (a session not yet over) unless from or"
              + " to is given; status=CANCELLED lists cancelled ones the same way. DRAFT lists the"
              + " caller's own institution's drafts (all institutions' for network admins), with"
              + " or without sessions.")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "400", description = "Invalid filter, text query, limit or cursor")
  @APIResponse(responseCode = "401", description = "status=DRAFT without login")
  public Uni<RestResponse<Page<EventResponse>>> list(
      @BeanParam EventListParams params, UriInfo uri) {
    return service
        .list(params.toFilter(), Caller.of(identity), params.cursor, params.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/vocabularies")
  @PermitAll
  @Operation(
      operationId = "eventVocabularies",
      summary = "The codes of targets, kinds, audiences and channels, with their labels")
  @APIResponse(responseCode = "200", description = "Every vocabulary of the events service")
  public EventVocabularies vocabularies() {
    return EventVocabularies.ALL;
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
  @Operation(
      operationId = "getEvent",
      summary = "Read an event",
      description =
          "JSON by default; with Accept: application/ld+json a published or cancelled event as a"
              + " schema.org Event, its sessions as subEvents.")
  @APIResponse(
      responseCode = "200",
      description = "The event, with its version as ETag",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventResponse.class)),
        @Content(
            mediaType = JsonLd.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT),
            example = EVENT_JSON_LD)
      })
  @APIResponse(
      responseCode = "404",
      description = "No such event, or a draft of another institution")
  @APIResponse(responseCode = "406", description = "JSON-LD asked for a draft")
  public Uni<RestResponse<String>> get(
      @PathParam("id") UUID id, @Context HttpHeaders headers, UriInfo uri) {
    boolean linked = JsonLd.preferred(headers);
    return service
        .get(id, Caller.of(identity))
        .map(
            event ->
                linked
                    ? linkedData(event, uri)
                    : Responses.negotiated(
                        json, event, event.version(), MediaType.APPLICATION_JSON, null));
  }

  private RestResponse<String> linkedData(EventResponse event, UriInfo uri) {
    if (event.status() == EventStatus.DRAFT) {
      throw new ProblemException(
          ProblemType.NOT_ACCEPTABLE, "JSON-LD describes published and cancelled events only");
    }
    String self = uri.getBaseUriBuilder().path("api/events/{id}").build(event.id()).toString();
    String venue = null;
    if (event.venue().type() == VenueType.MUSEUM) {
      venue =
          uri.getBaseUriBuilder().path("api/museums/{code}").build(event.venue().code()).toString();
    } else if (event.venue().type() == VenueType.READING_ROOM) {
      venue =
          uri.getBaseUriBuilder()
              .path("api/reading-rooms/{code}")
              .build(event.venue().code())
              .toString();
    }
    return Responses.negotiated(
        json, EventJsonLd.of(event, self, venue), event.version(), JsonLd.MEDIA_TYPE, "ld");
  }

  @POST
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "createEvent",
      summary = "Create an event of the caller's institution, as a draft, with its first sessions",
      description =
          "A MUSEUM or READING_ROOM venue is checked with that service first; nothing is saved"
              + " when it does not exist (422) or cannot be checked (503).")
  @APIResponse(responseCode = "201", description = "Created; Location points at it")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid body: a venue that does not fit its type, sessions that end before they start,"
              + " repeat another or are too large, an unknown division")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not an organizer, or another institution named")
  @APIResponse(
      responseCode = "422",
      description = "No such museum or reading room, or a closed one")
  @APIResponse(
      responseCode = "503",
      description = "The venue could not be checked: its service is not answering")
  public Uni<RestResponse<EventResponse>> create(
      @Valid @NotNull EventRequest request,
      @Parameter(
              description = "The organizing institution, for network admins only",
              schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
          @QueryParam("organizer")
          String organizer,
      UriInfo uri) {
    return service
        .create(request, organizer, Caller.of(identity))
        .map(
            created ->
                Responses.created(
                    uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                    created,
                    created.version()));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "updateEvent",
      summary = "Replace an event's fields (its sessions change under /sessions)")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      required = true,
      description = "The ETag last read")
  @APIResponse(responseCode = "200", description = "Updated, with the new ETag")
  @APIResponse(responseCode = "400", description = "Invalid body, or sessions in it")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(responseCode = "409", description = "The event is cancelled")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  @APIResponse(
      responseCode = "422",
      description = "No such museum or reading room, or a closed one")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  @APIResponse(
      responseCode = "503",
      description = "The venue could not be checked: its service is not answering")
  public Uni<RestResponse<EventResponse>> update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull EventRequest request) {
    return service
        .update(id, request, ifMatch, Caller.of(identity))
        .map(e -> Responses.ok(e, e.version()));
  }

  @POST
  @Path("/{id}/{action: publish|cancel}")
  @RolesAllowed({Roles.EVENT_ORGANIZER, Roles.NETWORK_ADMIN})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "actOnEvent",
      summary = "Publish or cancel an event",
      description =
          "DRAFT → PUBLISHED (publish, with at least one scheduled session); DRAFT or PUBLISHED →"
              + " CANCELLED (cancel): every session and registration is cancelled with reason"
              + " EVENT_CANCELLED, and the event stays public. If-Match is optional and checked"
              + " when sent.")
  @Parameter(
      name = HttpHeaders.IF_MATCH,
      in = ParameterIn.HEADER,
      description = "The ETag last read; optional")
  @APIResponse(responseCode = "200", description = "The event in its new state")
  @APIResponse(responseCode = "400", description = "Invalid body")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event")
  @APIResponse(
      responseCode = "409",
      description = "Not allowed from the current state (the detail lists what is), or no session")
  @APIResponse(responseCode = "412", description = "Changed since the caller read it")
  public Uni<RestResponse<EventResponse>> act(
      @PathParam("id") UUID id,
      @PathParam("action") String action,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid ActionRequest body) {
    EventAction chosen = EventAction.valueOf(action.toUpperCase(Locale.ROOT));
    String reason = body == null ? null : body.reason();
    return actions
        .act(id, chosen, reason, ifMatch, Caller.of(identity))
        .map(e -> Responses.ok(e, e.version()));
  }

  @GET
  @Path("/{id}/history")
  @Authenticated
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "eventHistory",
      summary = "The audit trail of an event and its sessions, oldest first")
  @APIResponse(responseCode = "200", description = "A page of audit entries")
  @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another institution's event")
  @APIResponse(responseCode = "404", description = "No such event")
  public Uni<RestResponse<Page<AuditEntryResponse>>> history(
      @PathParam("id") UUID id, @BeanParam PageParams page, UriInfo uri) {
    return service
        .history(id, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }
}
