package org.gazetteer.readingrooms.summary;

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
 * HTTP face of the register's summary. A root resource of its own: its literal path is longer than
 * {@code /api/reading-rooms}, so {@code summary} is never read as a room code.
 */
@Path("/api/reading-rooms/summary")
@Tag(name = "Reading rooms", description = "The register of local-history reading rooms")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

  private final SummaryService service;

  SummaryResource(SummaryService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "readingRoomsSummary",
      summary = "How many reading rooms, seats and visits the network has",
      description =
          "Counts of the whole network for its statistics: active rooms, their seats, the"
              + " divisions that have one, and the visitors checked in this calendar year"
              + " (Asia/Shanghai). Public, and cheap enough to be read often.")
  @APIResponse(responseCode = "200", description = "The counts")
  public Uni<ReadingRoomsSummary> summary() {
    return service.summary();
  }
}
