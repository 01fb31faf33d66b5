package org.gazetteer.events.event;

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
import java.util.UUID;
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

/** HTTP face of outreach events: list and read. */
@Path("/api/events")
@Tag(name = "Events", description = "Outreach events of the network")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

  private final EventService service;
  private final SecurityIdentity identity;

  EventResource(EventService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "listEvents",
      summary = "List events, newest first, cursor-paged",
      description =
          "Published events for everyone. Another status lists the caller's own institution's"
              + " events in that state (all institutions for network admins).")
  @APIResponse(responseCode = "200", description = "A page of events")
  @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
  @APIResponse(responseCode = "401", description = "A status other than PUBLISHED without login")
  public Uni<RestResponse<Page<EventResponse>>> list(
      @Parameter(
              description = "Life-cycle state; PUBLISHED unless given",
              schema = @Schema(implementation = EventStatus.class))
          @QueryParam("status")
          String status,
      @Parameter(description = "Only this institution's events", example = "chengdu")
          @QueryParam("organizer")
          String organizer,
      @Parameter(schema = @Schema(implementation = EventTarget.class)) @QueryParam("target")
          String target,
      @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind")
          String kind,
      @Parameter(description = "Division code; includes the divisions under it", example = "510100")
          @QueryParam("division")
          @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
          String division,
      @BeanParam PageParams page,
      UriInfo uri) {
    EventStatus requested = QueryParams.enumValue(EventStatus.class, status, "status");
    EventFilter filter =
        new EventFilter(
            requested == null ? EventStatus.PUBLISHED : requested,
            organizer,
            QueryParams.enumValue(EventTarget.class, target, "target"),
            QueryParams.enumValue(EventKind.class, kind, "kind"),
            division);
    return service
        .list(filter, Caller.of(identity), page.cursor, page.size())
        .map(rows -> PageResponses.ok(rows, uri));
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(operationId = "getEvent", summary = "Read an event")
  @APIResponse(responseCode = "200", description = "The event, with its version as ETag")
  @APIResponse(
      responseCode = "404",
      description = "No such event, or a draft of another institution")
  public Uni<RestResponse<EventResponse>> get(@PathParam("id") UUID id) {
    return service.get(id, Caller.of(identity)).map(event -> Responses.ok(event, event.version()));
  }
}
