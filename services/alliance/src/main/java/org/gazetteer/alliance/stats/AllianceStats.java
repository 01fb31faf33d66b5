package org.gazetteer.alliance.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The alliance's statistics for admins: its members, resources and requests, and the network's
 * figures gathered from the other services (each source named with how it answered).
 */
@Schema(name = "AllianceStats")
public record AllianceStats(
    OffsetDateTime generatedAt,
    Members members,
    Resources resources,
    Requests requests,
    NetworkFigures network,
    @Schema(description = "One entry per service asked, in a fixed order")
        List<SourceStatus> sources) {

  /** Every institution by state; approved members by type and by city or prefecture. */
  @Schema(name = "AllianceMemberStats")
  public record Members(
      @Schema(description = "Institutions by membership state, every state present")
          Map<String, Long> byStatus,
      @Schema(description = "Approved members by type, every type present")
          Map<String, Long> byType,
      @Schema(
              description =
                  "Approved members by city or prefecture (a county's member counts for its"
                      + " city), most first")
          List<DivisionCount> byDivision) {}

  /** Members of one division. */
  @Schema(name = "AllianceDivisionCount")
  public record DivisionCount(
      @Schema(example = "510100") String division,
      @Schema(nullable = true, example = "成都市") String name,
      long members) {}

  /** Every shared resource by kind and by scope. */
  @Schema(name = "AllianceResourceStats")
  public record Resources(
      @Schema(description = "Every kind present") Map<String, Long> byKind,
      @Schema(description = "Every scope present") Map<String, Long> byScope) {}

  /** Requests by state, by month, and how long approval takes. */
  @Schema(name = "AllianceRequestStats")
  public record Requests(
      @Schema(description = "Every state present") Map<String, Long> byStatus,
      @Schema(
              description =
                  "The last 12 months (Asia/Shanghai), oldest first: the requests made in each, by"
                      + " their state now")
          List<Month> byMonth,
      @Schema(description = "Requests ever approved (directly or by accepting conditions)")
          long approved,
      @Schema(
              nullable = true,
              description =
                  "Median hours from a request to its approval; null before the first approval",
              example = "26.5")
          Double medianHoursToApproval) {}

  /** The requests made in one month. */
  @Schema(name = "AllianceRequestMonth")
  public record Month(
      @Schema(example = "2026-12") String month,
      long total,
      @Schema(description = "Every state present") Map<String, Long> byStatus) {}
}
