package org.gazetteer.readingrooms.slot;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.problem.ProblemException;

/** The slots of a room and their free seats: what a visitor looks at before reserving. */
@Path("/api/reading-rooms/{code}/slots")
@Tag(name = "Reservations", description = "Seat reservations in reading rooms")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

  private final SlotService service;

  SlotResource(SlotService service) {
    this.service = service;
  }

  @GET
  @PermitAll
  @Operation(
      operationId = "readingRoomSlots",
      summary = "A room's reservation slots of a day, with free seats")
  @APIResponse(responseCode = "200", description = "The day's slots; none on a closure")
  @APIResponse(responseCode = "400", description = "date is not a date")
  @APIResponse(responseCode = "404", description = "No such reading room")
  public Uni<DaySlots> slots(
      @PathParam("code") String code,
      @Parameter(
              description = "Local date in Asia/Shanghai; today when absent",
              example = "2026-12-01")
          @QueryParam("date")
          String date) {
    return service.day(code, parse(date));
  }

  static LocalDate parse(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("date", "must be a date YYYY-MM-DD");
    }
  }
}
