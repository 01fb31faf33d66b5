package org.gazetteer.alliance.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the other services' public summaries say of the network; a source that did not answer is
 * null here and named in the statistics' {@code sources}.
 */
@Schema(
    name = "NetworkFigures",
    description =
        "From the museums, reading-rooms and events services' summaries; null where a source did"
            + " not answer")
public record NetworkFigures(
    @Schema(nullable = true) Museums museums,
    @Schema(nullable = true) ReadingRooms readingRooms,
    @Schema(nullable = true) Events events) {

  /** The museum register. */
  @Schema(name = "NetworkMuseumFigures")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Museums(
      @Schema(description = "Active museums, university branches included") long museums,
      long universityBranches,
      long publishedExhibits,
      @Schema(description = "Published exhibitions") long exhibitions) {}

  /** The reading rooms. */
  @Schema(name = "NetworkReadingRoomFigures")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ReadingRooms(
      @Schema(description = "Active rooms") long rooms,
      long seats,
      @Schema(description = "Divisions with an active room") long divisions,
      @Schema(description = "Check-ins this calendar year (Asia/Shanghai)") long visitsThisYear) {}

  /** This year's outreach. */
  @Schema(name = "NetworkEventFigures")
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Events(
      int year,
      @Schema(description = "Published events with a session this year") long publishedEvents,
      long sessions,
      long peopleReached) {}
}
