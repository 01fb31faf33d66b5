package org.gazetteer.museums.search;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.paging.PageParams;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.exhibit.ExhibitCategory;
import org.gazetteer.museums.exhibit.ExhibitStatus;
import org.gazetteer.museums.heritage.Grade;

/**
 * The query parameters of {@code GET /api/exhibits}. Taken as text and checked here, so that a
 * malformed value is a 400 naming the parameter (JAX-RS would answer 404).
 */
public class ExhibitListParams extends PageParams {

  private static final int YEAR_BOUND = 9999;

  @Parameter(
      description =
          "Text to search in titles, keywords, compiler, era and description (Chinese or English):"
              + " at most 100 characters and 8 words, with at least one word of two characters or"
              + " more (熊猫, not 熊 alone). Simplified and traditional characters are the same"
              + " (熊貓 finds 熊猫); Latin letters are also read as the pinyin of titles, in full"
              + " with or without spaces and tone marks (xiongmao, xióng māo) or as initials of"
              + " two letters or more (dxmtz), ranked below text matches",
      schema = @Schema(type = SchemaType.STRING, maxLength = SearchQuery.MAX_LENGTH),
      example = "熊猫")
  @QueryParam("q")
  public String q;

  @Parameter(
      description = "Workflow state; PUBLISHED unless given",
      schema = @Schema(implementation = ExhibitStatus.class))
  @QueryParam("status")
  public String status;

  @Parameter(description = "Only this museum's exhibits", example = "chengdu")
  @QueryParam("museum")
  public String museum;

  @Parameter(schema = @Schema(implementation = ExhibitCategory.class))
  @QueryParam("category")
  public String category;

  @Parameter(schema = @Schema(implementation = WorkType.class))
  @QueryParam("workType")
  public String workType;

  @Parameter(schema = @Schema(implementation = Grade.class))
  @QueryParam("grade")
  public String grade;

  @Parameter(
      description = "Division of the holding museum; includes the divisions under it",
      schema = @Schema(type = SchemaType.STRING, pattern = "^" + Divisions.CODE + "$"),
      example = "510100")
  @QueryParam("division")
  public String division;

  @Parameter(
      description =
          "A division the work is about (divisionsCovered), whichever museum holds it; includes"
              + " the divisions under it",
      schema = @Schema(type = SchemaType.STRING, pattern = "^" + Divisions.CODE + "$"),
      example = "511100")
  @QueryParam("covers")
  public String covers;

  @Parameter(
      description = "Dated no earlier than this year (negative for BCE)",
      schema = @Schema(type = SchemaType.INTEGER))
  @QueryParam("eraFrom")
  public String eraFrom;

  @Parameter(
      description = "Dated no later than this year",
      schema = @Schema(type = SchemaType.INTEGER))
  @QueryParam("eraTo")
  public String eraTo;

  /** The most ids one batch read takes. */
  public static final int MAX_IDS = 100;

  @Parameter(
      description =
          "A batch read for other services: up to 100 comma-separated exhibit ids; the published"
              + " ones among them, in the order given (others left out), in one page. Takes no"
              + " other filter, status, cursor or limit.",
      schema = @Schema(type = SchemaType.STRING, maxLength = 3699))
  @QueryParam("ids")
  public String ids;

  /** The ids of a batch read, or null when this is no batch read; 400 for a bad list. */
  public List<UUID> batch() {
    if (ids == null) {
      return null;
    }
    if (searches() || present(status) || present(museum) || present(cursor) || present(limit)) {
      throw ProblemException.invalid("ids", "takes no other filter, status, cursor or limit");
    }
    String[] parts = ids.split(",", -1);
    if (parts.length > MAX_IDS) {
      throw ProblemException.invalid("ids", "must hold at most " + MAX_IDS + " ids");
    }
    List<UUID> batch = new ArrayList<>();
    for (String part : parts) {
      try {
        UUID id = UUID.fromString(part.strip());
        if (!batch.contains(id)) {
          batch.add(id);
        }
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalid("ids", "must be comma-separated exhibit ids");
      }
    }
    return batch;
  }

  /** The state asked for, PUBLISHED by default. */
  public ExhibitStatus state() {
    ExhibitStatus requested = QueryParams.enumValue(ExhibitStatus.class, status, "status");
    return requested == null ? ExhibitStatus.PUBLISHED : requested;
  }

  /** Whether this is a search (text or filters beyond the museum) rather than a plain list. */
  public boolean searches() {
    return present(q)
        || present(category)
        || present(workType)
        || present(grade)
        || present(division)
        || present(covers)
        || present(eraFrom)
        || present(eraTo);
  }

  /** The search these parameters describe; searches cover published exhibits only. */
  public ExhibitSearch toSearch() {
    if (state() != ExhibitStatus.PUBLISHED) {
      throw ProblemException.invalid("status", "search and filters cover published exhibits only");
    }
    String tsQuery = null;
    String pinyin = null;
    if (present(q)) {
      pinyin = SearchQuery.pinyinPattern(q);
      SearchQuery.tooBroad(q)
          .ifPresent(
              reason -> {
                throw ProblemException.invalid("q", reason);
              });
      tsQuery =
          SearchQuery.toTsQuery(q)
              .orElseThrow(
                  () ->
                      ProblemException.invalid(
                          "q", "must contain letters, digits or Chinese characters"));
    }
    String divisionCode = divisionCode(division, "division");
    String coversCode = divisionCode(covers, "covers");
    Integer from = QueryParams.intValue(eraFrom, "eraFrom", -YEAR_BOUND, YEAR_BOUND);
    Integer to = QueryParams.intValue(eraTo, "eraTo", -YEAR_BOUND, YEAR_BOUND);
    if (from != null && to != null && from > to) {
      throw ProblemException.invalid("eraTo", "must not be before eraFrom");
    }
    return new ExhibitSearch(
        tsQuery,
        pinyin,
        present(museum) ? museum.strip() : null,
        QueryParams.enumValue(ExhibitCategory.class, category, "category"),
        QueryParams.enumValue(WorkType.class, workType, "workType"),
        QueryParams.enumValue(Grade.class, grade, "grade"),
        divisionCode,
        coversCode,
        from,
        to);
  }

  private static String divisionCode(String value, String name) {
    if (!present(value)) {
      return null;
    }
    if (!value.strip().matches(Divisions.CODE)) {
      throw ProblemException.invalid(name, Divisions.CODE_MESSAGE);
    }
    return value.strip();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
