package org.gazetteer.museums.feed;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.paging.Limits;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.paging.PageResponses;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the change feed harvesters read. */
@Path("/api/exhibits/changes")
@Tag(name = "Exhibits")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

  private final ChangeFeedService feed;

  ChangeFeedResource(ChangeFeedService feed) {
    this.feed = feed;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "exhibitChanges",
      summary = "Publications, updates and withdrawals of exhibits, in commit order",
      description =
          "For harvesters. Each entry has a token; pass the last token you processed as since= to"
              + " read what follows (no since= reads from the beginning). Entries are never"
              + " removed: a withdrawal stays as a tombstone (record null). An entry committed"
              + " later never appears before one you have already read. next/Link continue a"
              + " full page; on the last page, keep the last token and poll with it later.")
  @APIResponse(responseCode = "200", description = "A page of changes, oldest first")
  @APIResponse(responseCode = "400", description = "A token this feed did not hand out, or limit")
  public Uni<RestResponse<Page<ExhibitChangeResponse>>> changes(
      @Parameter(description = "Token of the last entry already processed") @QueryParam("since")
          String since,
      @Parameter(
              description = "Page size, 1 to 100",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      UriInfo uri) {
    return feed.since(since, Limits.of(limit))
        .map(page -> PageResponses.ok(page, page.next(), "since", uri));
  }
}
