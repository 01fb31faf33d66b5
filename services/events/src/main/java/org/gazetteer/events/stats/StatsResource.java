package org.gazetteer.events.stats;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.vocabulary.Codes;
import org.gazetteer.events.event.EventKind;
import org.gazetteer.events.event.EventTarget;

/** The outreach statistics, as JSON or as CSV for the annual report. */
@Path("/api/events/stats")
@Tag(name = "Statistics", description = "Outreach statistics (史志\"七进\") for reports")
@Authenticated
public class StatsResource {

  static final String CSV = "text/csv";

  private final StatsService service;
  private final SecurityIdentity identity;

  StatsResource(StatsService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "eventStats",
      summary = "Outreach statistics of a period, grouped as asked",
      description =
          "Over the scheduled sessions of published events starting in from–to (Asia/Shanghai;"
              + " the current year by default, at most 5 years): events, sessions, places,"
              + " registrations and check-ins (people), no-shows (registered minus checked in,"
              + " sessions that have ended), head counts, and people reached (per session"
              + " max(check-ins, on-site head count) + off-site head count + online peak viewers)."
              + " Organizers read their institution's, admins the network's or one institution's."
              + " Accept: text/csv gives the rows as CSV.")
  @APIResponse(
      responseCode = "200",
      description = "The statistics",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventStats.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "400", description = "Invalid period, dimension or filter")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(
      responseCode = "403",
      description = "Not an organizer or admin, or an organizer asking for another institution")
  public Uni<Response> stats(
      @Parameter(
              description = "First day (Asia/Shanghai); 1 January of this year by default",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last day; 31 December of from's year by default",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "Comma-separated dimensions: division, target, kind, month, institution,"
                      + " audience, channel",
              example = "month,target",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      maxLength = 100,
                      pattern =
                          "^(division|target|kind|month|institution|audience|channel)"
                              + "(,(division|target|kind|month|institution|audience|channel))*$"))
          @QueryParam("groupBy")
          String groupBy,
      @Parameter(
              description = "One institution (admins); organizers always read their own",
              schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
          @QueryParam("institution")
          String institution,
      @Parameter(
              description = "Division; includes the divisions under it",
              schema = @Schema(type = SchemaType.STRING, pattern = "^" + Divisions.CODE + "$"))
          @QueryParam("division")
          String division,
      @Parameter(schema = @Schema(implementation = EventTarget.class)) @QueryParam("target")
          String target,
      @Parameter(schema = @Schema(implementation = EventKind.class)) @QueryParam("kind")
          String kind,
      @Context HttpHeaders headers) {
    StatsQuery query =
        new StatsQuery(
            QueryParams.dateValue(from, "from"),
            QueryParams.dateValue(to, "to"),
            dimensions(groupBy),
            QueryParams.codeValue(institution, "institution", "an institution code"),
            QueryParams.divisionValue(division, "division"),
            QueryParams.enumValue(EventTarget.class, target, "target"),
            QueryParams.enumValue(EventKind.class, kind, "kind"));
    boolean csv = prefersCsv(headers);
    return service
        .stats(query, Caller.of(identity))
        .map(
            stats ->
                csv
                    ? Response.ok(csv(stats), CSV + "; charset=utf-8")
                        .header(
                            "Content-Disposition",
                            "attachment; filename=\"event-stats-"
                                + stats.from()
                                + "-"
                                + stats.to()
                                + ".csv\"")
                        .build()
                    : Response.ok(stats, MediaType.APPLICATION_JSON).build());
  }

  static List<StatsDimension> dimensions(String groupBy) {
    if (groupBy == null || groupBy.isBlank()) {
      return List.of();
    }
    if (groupBy.length() > 100) {
      throw ProblemException.invalid("groupBy", "must be at most 100 characters");
    }
    List<StatsDimension> dims = new ArrayList<>();
    for (String part : groupBy.split(",", -1)) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      StatsDimension dim =
          Arrays.stream(StatsDimension.values())
              .filter(d -> d.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "groupBy",
                          "takes "
                              + Arrays.stream(StatsDimension.values())
                                  .map(StatsDimension::parameter)
                                  .collect(Collectors.joining(", "))));
      if (dims.contains(dim)) {
        throw ProblemException.invalid("groupBy", "names " + dim.parameter() + " twice");
      }
      dims.add(dim);
    }
    return dims;
  }

  private static boolean prefersCsv(HttpHeaders headers) {
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
        return false;
      }
      if ("text".equals(accepted.getType()) && "csv".equals(accepted.getSubtype())) {
        return true;
      }
    }
    return false;
  }

  /** The rows as CSV: the groupBy columns, then the figures; the totals last, keyed "total". */
  static String csv(EventStats stats) {
    List<String> header = new ArrayList<>(stats.groupBy());
    header.addAll(
        List.of(
            "events",
            "sessions",
            "places",
            "registrations",
            "checkIns",
            "noShows",
            "headCount",
            "peopleReached"));
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (StatsRow row : stats.rows()) {
        printer.printRecord(values(stats.groupBy(), row, null));
      }
      printer.printRecord(values(stats.groupBy(), stats.totals(), "total"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Object> values(List<String> dims, StatsRow row, String label) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      values.add(label != null ? (i == 0 ? label : "") : row.key().get(dims.get(i)));
    }
    values.addAll(
        List.of(
            row.events(),
            row.sessions(),
            row.places(),
            row.registrations(),
            row.checkIns(),
            row.noShows(),
            row.headCount(),
            row.peopleReached()));
    return values;
  }
}
