package org.gazetteer.events.venue;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The reading-rooms service's public read of one room ({@code
 * quarkus.rest-client.reading-rooms.url}).
 */
@RegisterRestClient(configKey = "reading-rooms")
@Path("/api/reading-rooms")
@Produces(MediaType.APPLICATION_JSON)
public interface ReadingRoomsApi {

  @GET
  @Path("/{code}")
  Uni<VenueRecord> room(@PathParam("code") String code);
}
