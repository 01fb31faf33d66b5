package org.gazetteer.alliance.stats;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The public summaries of the other services, one typed client each. */
final class SummaryApis {

  private SummaryApis() {}

  /** {@code quarkus.rest-client.museums.url}. */
  @RegisterRestClient(configKey = "museums")
  @Path("/api/museums/summary")
  @Produces(MediaType.APPLICATION_JSON)
  interface Museums {
    @GET
    Uni<NetworkFigures.Museums> summary();
  }

  /** {@code quarkus.rest-client.reading-rooms.url}. */
  @RegisterRestClient(configKey = "reading-rooms")
  @Path("/api/reading-rooms/summary")
  @Produces(MediaType.APPLICATION_JSON)
  interface ReadingRooms {
    @GET
    Uni<NetworkFigures.ReadingRooms> summary();
  }

  /** {@code quarkus.rest-client.events.url}. */
  @RegisterRestClient(configKey = "events")
  @Path("/api/events/summary")
  @Produces(MediaType.APPLICATION_JSON)
  interface Events {
    @GET
    Uni<NetworkFigures.Events> summary();
  }
}
