package org.gazetteer.alliance.museums;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The museums service's public exhibit reads ({@code quarkus.rest-client.museums.url}). */
@RegisterRestClient(configKey = "museums")
@Path("/api/exhibits")
@Produces(MediaType.APPLICATION_JSON)
public interface MuseumsApi {

  @GET
  @Path("/{id}")
  Uni<ExhibitRecord> exhibit(@PathParam("id") UUID id);

  /** Up to 100 published exhibits by id, comma-separated. */
  @GET
  Uni<ExhibitPage> exhibits(@QueryParam("ids") String ids);
}
