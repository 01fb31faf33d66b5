package org.gazetteer.museums.exhibitimport;

import static org.gazetteer.museums.exhibitimport.ImportColumn.ACQUISITION_DATE;
import static org.gazetteer.museums.exhibitimport.ImportColumn.ACQUISITION_METHOD;
import static org.gazetteer.museums.exhibitimport.ImportColumn.CATEGORY;
import static org.gazetteer.museums.exhibitimport.ImportColumn.CENSUS_NO;
import static org.gazetteer.museums.exhibitimport.ImportColumn.COMPILER_EN;
import static org.gazetteer.museums.exhibitimport.ImportColumn.COMPILER_ZH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.CONDITION;
import static org.gazetteer.museums.exhibitimport.ImportColumn.DATING;
import static org.gazetteer.museums.exhibitimport.ImportColumn.DESCRIPTION_EN;
import static org.gazetteer.museums.exhibitimport.ImportColumn.DESCRIPTION_ZH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.DIMENSIONS_NOTE;
import static org.gazetteer.museums.exhibitimport.ImportColumn.DIVISIONS_COVERED;
import static org.gazetteer.museums.exhibitimport.ImportColumn.EDITION;
import static org.gazetteer.museums.exhibitimport.ImportColumn.GRADE;
import static org.gazetteer.museums.exhibitimport.ImportColumn.HEIGHT;
import static org.gazetteer.museums.exhibitimport.ImportColumn.INVENTORY_NO;
import static org.gazetteer.museums.exhibitimport.ImportColumn.KEYWORDS;
import static org.gazetteer.museums.exhibitimport.ImportColumn.LENGTH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.MASS;
import static org.gazetteer.museums.exhibitimport.ImportColumn.MATERIAL;
import static org.gazetteer.museums.exhibitimport.ImportColumn.PRESERVATION;
import static org.gazetteer.museums.exhibitimport.ImportColumn.QUANTITY_COUNT;
import static org.gazetteer.museums.exhibitimport.ImportColumn.QUANTITY_UNIT;
import static org.gazetteer.museums.exhibitimport.ImportColumn.RIGHTS_EN;
import static org.gazetteer.museums.exhibitimport.ImportColumn.RIGHTS_ZH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.TITLE_EN;
import static org.gazetteer.museums.exhibitimport.ImportColumn.TITLE_ZH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.WIDTH;
import static org.gazetteer.museums.exhibitimport.ImportColumn.WORK_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.exhibit.DatingRequest;
import org.gazetteer.museums.exhibit.ExhibitCategory;
import org.gazetteer.museums.exhibit.ExhibitRequest;
import org.gazetteer.museums.heritage.Acquisition;
import org.gazetteer.museums.heritage.AcquisitionMethod;
import org.gazetteer.museums.heritage.Dimensions;
import org.gazetteer.museums.heritage.ExhibitCondition;
import org.gazetteer.museums.heritage.Grade;
import org.gazetteer.museums.heritage.Material;
import org.gazetteer.museums.heritage.PreservationState;
import org.gazetteer.museums.heritage.Quantity;

/**
 * Turns one CSV row into the request the API would take, noting every cell that does not read. The
 * request is then validated by the same constraints as a JSON body.
 */
final class RowReader {

  private final CsvSheet.Row row;
  private final Map<ImportColumn, String> headers;
  private final List<ImportIssue> issues = new ArrayList<>();

  private RowReader(CsvSheet.Row row, Map<ImportColumn, String> headers) {
    this.row = row;
    this.headers = headers;
  }

  /** The request a row stands for, and the issues found reading its cells. */
  record Read(ExhibitRequest request, List<ImportIssue> issues) {}

  static Read read(CsvSheet.Row row, Map<ImportColumn, String> headers) {
    RowReader reader = new RowReader(row, headers);
    return new Read(reader.request(), reader.issues);
  }

  private ExhibitRequest request() {
    return new ExhibitRequest(
        text(INVENTORY_NO),
        text(CENSUS_NO),
        new LocalizedText(text(TITLE_ZH), text(TITLE_EN)),
        value(CATEGORY, c -> Cells.code(ExhibitCategory.class, c)),
        value(WORK_TYPE, c -> Cells.code(WorkType.class, c)),
        has(DATING) ? new DatingRequest(text(DATING)) : null,
        value(MATERIAL, c -> Cells.code(Material.class, c)),
        has(QUANTITY_COUNT) || has(QUANTITY_UNIT)
            ? new Quantity(value(QUANTITY_COUNT, Cells::integer), text(QUANTITY_UNIT))
            : null,
        has(LENGTH) || has(WIDTH) || has(HEIGHT) || has(DIMENSIONS_NOTE)
            ? new Dimensions(
                value(LENGTH, Cells::decimal),
                value(WIDTH, Cells::decimal),
                value(HEIGHT, Cells::decimal),
                text(DIMENSIONS_NOTE))
            : null,
        value(MASS, Cells::decimal),
        value(CONDITION, c -> Cells.code(ExhibitCondition.class, c)),
        value(PRESERVATION, c -> Cells.code(PreservationState.class, c)),
        has(ACQUISITION_METHOD) || has(ACQUISITION_DATE)
            ? new Acquisition(
                value(ACQUISITION_METHOD, c -> Cells.code(AcquisitionMethod.class, c)),
                value(ACQUISITION_DATE, Cells::date))
            : null,
        value(GRADE, c -> Cells.code(Grade.class, c)),
        localized(COMPILER_ZH, COMPILER_EN),
        text(EDITION),
        value(DIVISIONS_COVERED, Cells::list),
        localized(DESCRIPTION_ZH, DESCRIPTION_EN),
        value(KEYWORDS, Cells::list),
        List.of(),
        localized(RIGHTS_ZH, RIGHTS_EN));
  }

  private boolean has(ImportColumn column) {
    return row.cells().containsKey(column);
  }

  private String text(ImportColumn column) {
    return row.cells().get(column);
  }

  private LocalizedText localized(ImportColumn zh, ImportColumn en) {
    return has(zh) || has(en) ? new LocalizedText(text(zh), text(en)) : null;
  }

  private <T> T value(ImportColumn column, Function<String, T> reader) {
    String cell = text(column);
    if (cell == null) {
      return null;
    }
    try {
      return reader.apply(cell);
    } catch (Cells.BadCell e) {
      issues.add(new ImportIssue(row.line(), headers.get(column), e.getMessage()));
      return null;
    }
  }
}
