package org.gazetteer.events.summary;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP face of this year's outreach summary. A root resource with the whole literal path, like the
 * statistics, so that no resource under {@code /api/events/{id}} takes {@code summary} for an event
 * id.
 */
@Path("/api/events/summary")
@Tag(name = "Statistics", description = "Outreach statistics (史志\"七进\") for reports")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

  private final SummaryService service;

  SummaryResource(SummaryService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "eventsSummary",
      summary = "This year's published events, their sessions and the people they reached",
      description =
          "The whole network's totals of the outreach statistics over the current calendar year"
              + " (Asia/Shanghai): published events with a scheduled session starting this year,"
              + " those sessions, and the people they reached (per session max(check-ins,"
              + " on-site head count) + off-site head count + online peak viewers). Public, and"
              + " cheap enough to be read often; figures per institution stay in the statistics.")
  @APIResponse(responseCode = "200", description = "This year's figures")
  public Uni<EventsSummary> summary() {
    return service.summary();
  }
}
