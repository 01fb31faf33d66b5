package org.gazetteer.readingrooms.room;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.search.ChineseText;
import org.gazetteer.common.search.SearchQuery;

/**
 * The register's query parameters, combinable. Taken as text and parsed here, so a bad value is a
 * 400 naming the parameter rather than JAX-RS's 404.
 */
public class RoomListParams extends PageParams {

  @Parameter(
      description = "Only rooms in this kind of host place",
      schema = @Schema(implementation = HostType.class))
  @QueryParam("hostType")
  String hostType;

  @Parameter(description = "Only rooms managed by this institution", example = "wuhou")
  @QueryParam("institution")
  String institution;

  @Parameter(
      description = "A known division code (GB/T 2260); includes the divisions under it",
      example = "510100")
  @QueryParam("division")
  @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
  String division;

  @Parameter(
      description = "lat,lon (WGS 84): rooms within radiusKm, nearest first, with distanceKm",
      example = "30.6420,104.0430")
  @QueryParam("near")
  String near;

  @Parameter(
      description = "Radius around near, in km: more than 0, at most 500; default 10",
      schema = @Schema(type = SchemaType.NUMBER),
      example = "5")
  @QueryParam("radiusKm")
  String radiusKm;

  @Parameter(
      description =
          "Rooms open at this instant (ISO-8601 with offset): weekly hours and dated closures,"
              + " in Asia/Shanghai",
      example = "2026-12-01T10:00:00+08:00")
  @QueryParam("openAt")
  String openAt;

  @Parameter(description = "true: rooms open now", schema = @Schema(type = SchemaType.BOOLEAN))
  @QueryParam("openNow")
  String openNow;

  @Parameter(
      description =
          "Rooms holding a work of this title (with or without 《》), in simplified or traditional"
              + " characters (《四川扶貧誌》 finds 四川扶贫志)",
      example = "四川扶贫志")
  @QueryParam("holding")
  String holding;

  @Parameter(
      description =
          "Rooms whose name, host name or address contains this text (simplified and traditional"
              + " characters alike), or whose Chinese name's pinyin does (wuhou, initials of two"
              + " letters or more); pinyin-only matches come after the others, unless near sorts"
              + " by distance",
      example = "武侯")
  @QueryParam("q")
  @Size(max = 100)
  String q;

  ReadingRoomFilter toFilter(Clock clock) {
    return new ReadingRoomFilter(
        QueryParams.enumValue(HostType.class, hostType, "hostType"),
        institution == null || institution.isBlank() ? null : institution.strip(),
        division,
        RoomQueryParams.near(near, radiusKm),
        RoomQueryParams.openAt(openAt, openNow, clock),
        RoomQueryParams.holding(holding),
        q == null || q.isBlank() ? null : ChineseText.fold(q.strip()),
        q == null || q.isBlank() ? null : SearchQuery.pinyinPattern(q));
  }
}
