package org.gazetteer.events.calendar;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.events.event.EventListParams;

/** The network's iCalendar feed, for calendar subscriptions. */
@Path("/api/events.ics")
@Tag(name = "Calendars", description = "iCalendar feeds of event sessions (RFC 5545, RFC 7986)")
public class CalendarResource {

  private final CalendarService service;
  private final SecurityIdentity identity;

  CalendarResource(CalendarService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @PermitAll
  @Produces(CalendarWriter.MEDIA_TYPE)
  @Operation(
      operationId = "eventsCalendar",
      summary = "The network's sessions as an iCalendar feed",
      description =
          "Sessions of published and cancelled events (STATUS:CANCELLED, so subscribed calendars"
              + " drop them) from 30 days back to a year ahead, or in from–to; filtered with the"
              + " event list's parameters (status, limit and cursor aside); at most 2000 sessions,"
              + " earliest first. ETag and If-None-Match for cheap refreshes.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = CalendarWriter.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "Invalid filter, or status, limit or cursor given")
  public Uni<Response> network(
      @BeanParam EventListParams params,
      @Parameter(description = "The ETag of a feed fetched before")
          @HeaderParam(HttpHeaders.IF_NONE_MATCH)
          String ifNoneMatch,
      UriInfo uri) {
    for (String[] unused :
        new String[][] {
          {"status", params.status}, {"limit", params.limit}, {"cursor", params.cursor}
        }) {
      if (unused[1] != null) {
        throw ProblemException.invalid(unused[0], "does not apply to the calendar feed");
      }
    }
    URI base = uri.getBaseUri();
    return service
        .network(params.toFilter(), base)
        .map(
            entries ->
                CalendarResponses.feed(
                    "四川史志活动 · Gazetteer network events",
                    "方志馆、史志阅览室的讲座、导览与史志\"七进\"活动 · Outreach events of the gazetteer network",
                    uri.getRequestUri(),
                    entries,
                    ifNoneMatch));
  }
}
