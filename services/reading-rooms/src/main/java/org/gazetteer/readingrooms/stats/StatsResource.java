package org.gazetteer.readingrooms.stats;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;

/** Daily visit statistics of a room. */
@Path("/api/reading-rooms/{code}/stats")
@Tag(name = "Reservations", description = "Seat reservations in reading rooms")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StatsResource {

  private final StatsService service;
  private final SecurityIdentity identity;

  StatsResource(StatsService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "readingRoomStats",
      summary = "Daily reservations, cancellations, check-ins and no-shows of a room")
  @APIResponse(responseCode = "200", description = "One entry per day of the range")
  @APIResponse(
      responseCode = "400",
      description = "A date that is not a date, from after to, or more than 366 days")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Not staff of the room's institution")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<RoomStats> daily(
      @PathParam("code") String code,
      @Parameter(description = "First day; 29 days before to when absent", example = "2026-11-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day; today when absent", example = "2026-11-30")
          @QueryParam("to")
          String to) {
    return service.daily(code, date(from, "from"), date(to, "to"), Caller.of(identity));
  }

  private static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "must be a date YYYY-MM-DD");
    }
  }
}
