package org.gazetteer.events.event;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.common.vocabulary.Codes;
import org.gazetteer.events.venue.VenueType;

/** The query parameters of the event list (and of the calendar feed, which takes the same). */
public class EventListParams extends PageParams {

  /** The longest date range one query may ask for, in days. */
  static final int MAX_RANGE_DAYS = 3 * 366;

  @Parameter(
      description = "Life-cycle state; PUBLISHED unless given",
      schema = @Schema(implementation = EventStatus.class))
  @QueryParam("status")
  public String status;

  @Parameter(
      description = "Only this institution's events",
      example = "chengdu",
      schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
  @QueryParam("organizer")
  public String organizer;

  @Parameter(schema = @Schema(implementation = EventTarget.class))
  @QueryParam("target")
  public String target;

  @Parameter(schema = @Schema(implementation = EventKind.class))
  @QueryParam("kind")
  public String kind;

  @Parameter(
      description = "Division code; includes the divisions under it (510100 includes 5101xx)",
      example = "510100",
      schema = @Schema(type = SchemaType.STRING, pattern = "^" + Divisions.CODE + "$"))
  @QueryParam("division")
  public String division;

  @Parameter(
      description = "Only events at this museum or reading room (its code)",
      example = "chengdu",
      schema = @Schema(type = SchemaType.STRING, pattern = Codes.ANCHORED))
  @QueryParam("venue")
  public String venue;

  @Parameter(schema = @Schema(implementation = VenueType.class))
  @QueryParam("venueType")
  public String venueType;

  @Parameter(
      description =
          "With a session on or after this day (Asia/Shanghai). Without from and to, events whose"
              + " sessions have not all ended",
      schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-01"))
  @QueryParam("from")
  public String from;

  @Parameter(
      description =
          "With a session on or before this day (Asia/Shanghai); at most 3 years after from",
      schema = @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-31"))
  @QueryParam("to")
  public String to;

  @Parameter(
      description =
          "Text in the title, venue or description (Chinese or English): at most 100 characters"
              + " and 8 words, at least one of two characters or more. Simplified and traditional"
              + " characters are the same (講座 finds 讲座); Latin letters are also read as the"
              + " Chinese title's pinyin, in full with or without spaces and tone marks or as"
              + " initials of two letters or more, and events found by pinyin only are listed"
              + " after the others",
      schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_LENGTH),
      example = "方志")
  @QueryParam("q")
  public String q;

  /** The filter these parameters describe. */
  public EventFilter toFilter() {
    EventStatus requested = QueryParams.enumValue(EventStatus.class, status, "status");
    LocalDate fromDay = QueryParams.dateValue(from, "from");
    LocalDate toDay = QueryParams.dateValue(to, "to");
    if (fromDay != null && toDay != null) {
      if (toDay.isBefore(fromDay)) {
        throw ProblemException.invalid("to", "must not be before from");
      }
      if (toDay.isAfter(fromDay.plusDays(MAX_RANGE_DAYS))) {
        throw ProblemException.invalid("to", "must be at most 3 years after from");
      }
    }
    return new EventFilter(
        requested == null ? EventStatus.PUBLISHED : requested,
        QueryParams.codeValue(organizer, "organizer", "an institution code"),
        QueryParams.enumValue(EventTarget.class, target, "target"),
        QueryParams.enumValue(EventKind.class, kind, "kind"),
        QueryParams.divisionValue(division, "division"),
        QueryParams.enumValue(VenueType.class, venueType, "venueType"),
        QueryParams.codeValue(venue, "venue", "a museum or reading-room code"),
        fromDay,
        toDay,
        SearchQuery.parameter(q, "q"),
        q == null || q.isBlank() ? null : SearchQuery.pinyinPattern(q));
  }
}
