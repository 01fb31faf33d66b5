package org.gazetteer.museums.exhibitimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gazetteer.museums.exhibit.ExhibitBatch;
import org.gazetteer.museums.exhibit.ExhibitRequest;

/**
 * The rows of a file that read and validated, and the issues of all rows: what an import would
 * write. Checks that need the whole file (a number used twice) or the database (a census number
 * another exhibit holds) are made here.
 */
final class ImportPlan {

  record Entry(int row, ExhibitRequest request) {}

  final List<Entry> entries = new ArrayList<>();
  final List<ImportIssue> issues = new ArrayList<>();
  private final Map<ImportColumn, String> headers;

  ImportPlan(Map<ImportColumn, String> headers, List<ImportIssue> issues) {
    this.headers = headers;
    this.issues.addAll(issues);
  }

  List<String> inventoryNos() {
    return entries.stream().map(e -> e.request().inventoryNo().strip()).distinct().toList();
  }

  List<String> censusNos() {
    return entries.stream()
        .map(e -> e.request().censusNo())
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** Flags numbers repeated in the file, each on the later row. */
  void checkRepeats() {
    Map<String, Integer> inventory = new HashMap<>();
    Map<String, Integer> census = new HashMap<>();
    for (Entry entry : entries) {
      Integer first = inventory.putIfAbsent(entry.request().inventoryNo().strip(), entry.row());
      if (first != null) {
        issue(
            entry.row(), ImportColumn.INVENTORY_NO, "repeats the inventory number of row " + first);
      }
      String censusNo = entry.request().censusNo();
      Integer firstCensus = censusNo == null ? null : census.putIfAbsent(censusNo, entry.row());
      if (firstCensus != null) {
        issue(
            entry.row(), ImportColumn.CENSUS_NO, "repeats the census number of row " + firstCensus);
      }
    }
  }

  /** Flags census numbers held by an exhibit other than the one the row updates. */
  void checkCensusNumbers(ExhibitBatch.Existing existing) {
    for (Entry entry : entries) {
      String censusNo = entry.request().censusNo();
      UUID holder = censusNo == null ? null : existing.byCensusNo(censusNo);
      UUID self = existing.byInventoryNo(entry.request().inventoryNo().strip());
      if (holder != null && !holder.equals(self)) {
        issue(entry.row(), ImportColumn.CENSUS_NO, "is already registered to another exhibit");
      }
    }
  }

  void issue(int row, ImportColumn column, String message) {
    issues.add(new ImportIssue(row, headers.getOrDefault(column, column.apiName()), message));
  }
}
