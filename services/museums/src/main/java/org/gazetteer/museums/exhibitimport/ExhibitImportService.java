package org.gazetteer.museums.exhibitimport;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.exhibit.ExhibitBatch;
import org.gazetteer.museums.exhibit.ExhibitRequest;
import org.gazetteer.museums.museum.MuseumService;

/**
 * Imports a museum's exhibit register from CSV: every row is read and validated like a JSON body,
 * and checked against the file and the database; a dry run reports what would happen, a real run
 * writes every row in one transaction or, with any problem, none.
 */
@ApplicationScoped
public class ExhibitImportService {

  private final MuseumService museums;
  private final ExhibitBatch batch;
  private final Validator validator;
  private final ImportConfig config;

  ExhibitImportService(
      MuseumService museums, ExhibitBatch batch, Validator validator, ImportConfig config) {
    this.museums = museums;
    this.batch = batch;
    this.validator = validator;
    this.config = config;
  }

  @WithTransaction
  public Uni<ImportReport> importCsv(String museum, byte[] body, boolean dryRun, Caller caller) {
    caller.requireWrite(Roles.CURATOR, museum);
    return museums
        .require(museum)
        .map(found -> plan(CsvSheet.parse(body, config.maxRows())))
        .flatMap(
            plan ->
                batch
                    .existing(museum, plan.inventoryNos(), plan.censusNos())
                    .flatMap(
                        existing -> {
                          plan.checkCensusNumbers(existing);
                          plan.issues.sort(Comparator.comparingInt(ImportIssue::row));
                          if (dryRun) {
                            return Uni.createFrom().item(report(plan, existing, null));
                          }
                          if (!plan.issues.isEmpty()) {
                            throw rejected(plan.issues);
                          }
                          return write(museum, plan, existing, caller);
                        }));
  }

  private Uni<ImportReport> write(
      String museum, ImportPlan plan, ExhibitBatch.Existing existing, Caller caller) {
    List<ExhibitRequest> requests = plan.entries.stream().map(ImportPlan.Entry::request).toList();
    return batch
        .write(museum, requests, existing, caller)
        .map(ids -> report(plan, existing, ids))
        .onFailure(Failures::stale)
        .transform(e -> changedMeanwhile())
        .onFailure(
            e ->
                Failures.violated(e, "exhibit_inventory_unique")
                    || Failures.violated(e, "exhibit_census_no_unique"))
        .transform(e -> changedMeanwhile());
  }

  private ImportPlan plan(CsvSheet sheet) {
    ImportPlan plan = new ImportPlan(sheet.headers(), sheet.issues());
    for (CsvSheet.Row row : sheet.rows()) {
      RowReader.Read read = RowReader.read(row, sheet.headers());
      List<ImportIssue> issues = new ArrayList<>(read.issues());
      for (ConstraintViolation<ExhibitRequest> violation : validator.validate(read.request())) {
        String path = violation.getPropertyPath().toString();
        String column =
            ImportColumn.ofPath(path)
                .map(c -> sheet.headers().getOrDefault(c, c.apiName()))
                .orElse(path);
        boolean unread = issues.stream().anyMatch(i -> column.equals(i.column()));
        if (!unread) {
          issues.add(new ImportIssue(row.line(), column, violation.getMessage()));
        }
      }
      plan.issues.addAll(issues);
      if (issues.isEmpty()) {
        plan.entries.add(new ImportPlan.Entry(row.line(), read.request()));
      }
    }
    plan.checkRepeats();
    return plan;
  }

  private static ImportReport report(
      ImportPlan plan, ExhibitBatch.Existing existing, List<UUID> written) {
    List<ImportRowResult> items = new ArrayList<>();
    for (int i = 0; i < plan.entries.size(); i++) {
      ImportPlan.Entry entry = plan.entries.get(i);
      String inventoryNo = entry.request().inventoryNo().strip();
      UUID known = existing.byInventoryNo(inventoryNo);
      UUID id = written != null ? written.get(i) : known;
      ImportOutcome outcome =
          known == null
              ? ImportOutcome.CREATE
              : existing.published(inventoryNo) ? ImportOutcome.REVISE : ImportOutcome.UPDATE;
      items.add(new ImportRowResult(entry.row(), inventoryNo, outcome, id));
    }
    return new ImportReport(
        written == null,
        written != null,
        items.size() + rowsWithIssues(plan),
        count(items, ImportOutcome.CREATE),
        count(items, ImportOutcome.UPDATE),
        count(items, ImportOutcome.REVISE),
        items,
        List.copyOf(plan.issues));
  }

  private static int count(List<ImportRowResult> items, ImportOutcome outcome) {
    return (int) items.stream().filter(i -> i.action() == outcome).count();
  }

  private static int rowsWithIssues(ImportPlan plan) {
    return (int)
        plan.issues.stream()
            .map(ImportIssue::row)
            .filter(row -> row > 1)
            .filter(row -> plan.entries.stream().noneMatch(e -> e.row() == row))
            .distinct()
            .count();
  }

  private static ProblemException rejected(List<ImportIssue> issues) {
    List<FieldError> errors =
        issues.stream()
            .map(
                i ->
                    new FieldError(
                        "row " + i.row() + (i.column() == null ? "" : ", " + i.column()),
                        i.message()))
            .toList();
    return new ProblemException(
        ProblemType.VALIDATION,
        issues.size()
            + " problem(s) in the file; nothing was imported (a dry run reports them by row)",
        errors,
        java.util.Map.of());
  }

  private static ProblemException changedMeanwhile() {
    return ProblemException.conflict(
        "Exhibits of the file were changed or created meanwhile; nothing was imported, try again");
  }
}
