package org.gazetteer.events.venue;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The museums service's public read of one museum ({@code quarkus.rest-client.museums.url}). */
@RegisterRestClient(configKey = "museums")
@Path("/api/museums")
@Produces(MediaType.APPLICATION_JSON)
public interface MuseumsApi {

  @GET
  @Path("/{code}")
  Uni<VenueRecord> museum(@PathParam("code") String code);
}
