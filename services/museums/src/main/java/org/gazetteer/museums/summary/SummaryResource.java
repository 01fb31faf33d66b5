package org.gazetteer.museums.summary;

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
 * HTTP face of the register's summary. A root resource of its own, like the change feed: its
 * literal path is longer than {@code /api/museums}, so {@code summary} is never read as a museum
 * code.
 */
@Path("/api/museums/summary")
@Tag(name = "Museums", description = "The museums of the network")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

  private final SummaryService service;

  SummaryResource(SummaryService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "museumsSummary",
      summary = "How many museums, published exhibits and exhibitions the network has",
      description =
          "Counts of the whole network for its statistics: active museums (university branches"
              + " included) and, of them, university branches; published exhibits; published"
              + " exhibitions. Public, and cheap enough to be read often.")
  @APIResponse(responseCode = "200", description = "The counts")
  public Uni<MuseumsSummary> summary() {
    return service.summary();
  }
}
