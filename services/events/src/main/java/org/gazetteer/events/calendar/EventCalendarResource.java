package org.gazetteer.events.calendar;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.security.Caller;

/**
 * One event's iCalendar feed. Its own root path, so that {@code /api/events/{id}.ics} is not taken
 * for an event id by the event resource.
 */
@Path("/api/events/{id}.ics")
@Tag(name = "Calendars")
public class EventCalendarResource {

  private final CalendarService service;
  private final SecurityIdentity identity;

  EventCalendarResource(CalendarService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Produces(CalendarWriter.MEDIA_TYPE)
  @Operation(operationId = "eventCalendar", summary = "One event's sessions as an iCalendar feed")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = CalendarWriter.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No such event, or a draft of another institution")
  public Uni<Response> event(
      @PathParam("id") UUID id,
      @Parameter(description = "The ETag of a feed fetched before")
          @HeaderParam(HttpHeaders.IF_NONE_MATCH)
          String ifNoneMatch,
      UriInfo uri) {
    return service
        .event(id, Caller.of(identity), uri.getBaseUri())
        .map(
            f ->
                CalendarResponses.feed(
                    f.event().titleZh,
                    f.event().titleEn == null ? f.event().titleZh : f.event().titleEn,
                    uri.getRequestUri(),
                    f.entries(),
                    ifNoneMatch));
  }
}
