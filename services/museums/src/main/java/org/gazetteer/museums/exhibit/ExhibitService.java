package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.audit.RecordType;

/**
 * Exhibit rules: who may see and change an exhibit, inventory numbers unique per museum, no lost
 * updates, and edits of published exhibits held for review ({@link ExhibitRevisions}).
 */
@ApplicationScoped
public class ExhibitService {

  /** The exhibit's reference to its museum (migration V1). */
  static final String MUSEUM_EXISTS = "exhibit_museum_code_fkey";

  private final ExhibitRepository exhibits;
  private final ExhibitAccess access;
  private final InventoryNumbers numbers;
  private final ExhibitRevisions revisions;
  private final ExhibitViews views;
  private final AuditTrail audit;

  ExhibitService(
      ExhibitRepository exhibits,
      ExhibitAccess access,
      InventoryNumbers numbers,
      ExhibitRevisions revisions,
      ExhibitViews views,
      AuditTrail audit) {
    this.exhibits = exhibits;
    this.access = access;
    this.numbers = numbers;
    this.revisions = revisions;
    this.views = views;
    this.audit = audit;
  }

  /**
   * Lists exhibits in a state. PUBLISHED is public; any other state needs a login and shows the
   * caller's own museum only, to its curators (all museums for admins), see {@link ListScope}.
   * IN_REVIEW also lists published exhibits with a pending revision.
   */
  @WithSession
  public Uni<Page<ExhibitResponse>> list(
      ExhibitStatus status, String museum, Caller caller, String cursor, int limit) {
    ListScope scope =
        status == ExhibitStatus.PUBLISHED
            ? ListScope.open(museum)
            : ListScope.restricted(caller, museum, status, Roles.CURATOR);
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    return exhibits
        .list(new ExhibitFilter(status, scope.institution()), Cursor.decode(cursor, 2), limit + 1)
        .flatMap(rows -> views.responses(rows, caller))
        .map(rows -> Page.of(rows, limit, r -> r, r -> Cursor.of(r.createdAt(), r.id())));
  }

  /** An exhibit the caller may see; drafts of other institutions do not exist for them. */
  @WithSession
  public Uni<ExhibitResponse> get(UUID id, Caller caller) {
    return access.visible(id, caller).flatMap(e -> views.response(e, caller));
  }

  @WithTransaction
  public Uni<ExhibitResponse> create(ExhibitRequest request, String museumParam, Caller caller) {
    String museum = caller.owningInstitution(museumParam, "museum", "exhibits");
    Exhibit exhibit = new Exhibit();
    exhibit.id = UUID.randomUUID();
    exhibit.museum = museum;
    exhibit.createdBy = caller.username();
    ExhibitMapper.apply(request, exhibit);
    // the database's constraints decide: no query before the insert that could race with it
    Uni<Exhibit> created =
        exhibits
            .persistAndFlush(exhibit)
            .call(() -> audited(exhibit, AuditAction.CREATE, Map.of(), caller))
            .onFailure(e -> Failures.violated(e, MUSEUM_EXISTS))
            .transform(e -> ProblemException.unprocessable("No museum with code " + museum));
    return InventoryNumbers.refusingDuplicates(created, request)
        .map(e -> ExhibitMapper.toResponse(e, caller));
  }

  /**
   * Replaces an exhibit's fields; needs the version the caller read (If-Match). A published exhibit
   * is not changed: the edit becomes its pending revision, for another curator to review.
   */
  @WithTransaction
  public Uni<ExhibitEdit> update(UUID id, ExhibitRequest request, String ifMatch, Caller caller) {
    Uni<ExhibitEdit> edit =
        access
            .writable(id, caller)
            .invoke(exhibit -> Versions.check(ifMatch, exhibit.version))
            .flatMap(
                exhibit ->
                    exhibit.status == ExhibitStatus.PUBLISHED
                        ? proposed(exhibit, request, caller)
                        : applied(exhibit, request, caller));
    return InventoryNumbers.refusingDuplicates(edit, request)
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale());
  }

  /**
   * A revision writes nothing to the exhibit, so no constraint can refuse a taken inventory number
   * yet: it is checked now for an early 409, and by the constraint when the revision is approved.
   */
  private Uni<ExhibitEdit> proposed(Exhibit exhibit, ExhibitRequest request, Caller caller) {
    return numbers
        .requireFree(exhibit.museum, request.inventoryNo(), exhibit.id)
        .flatMap(free -> revisions.propose(exhibit, request, caller))
        .map(ExhibitEdit::proposed);
  }

  private Uni<ExhibitEdit> applied(Exhibit exhibit, ExhibitRequest request, Caller caller) {
    Map<String, Object> before = ExhibitSnapshot.of(exhibit);
    ExhibitMapper.apply(request, exhibit);
    return exhibits
        .flush()
        .call(() -> audited(exhibit, AuditAction.UPDATE, before, caller))
        .map(v -> ExhibitEdit.applied(ExhibitMapper.toResponse(exhibit, caller)));
  }

  /** One page of an exhibit's audit trail, for its museum's curators and admins. */
  @WithSession
  public Uni<Page<AuditEntryResponse>> history(UUID id, Caller caller, String cursor, int limit) {
    return access
        .visible(id, caller)
        .flatMap(
            exhibit ->
                audit.history(
                    RecordType.EXHIBIT,
                    id.toString(),
                    exhibit.museum,
                    caller,
                    cursor,
                    limit,
                    AuditEntryResponse::of,
                    Roles.CURATOR));
  }

  private Uni<Void> audited(
      Exhibit exhibit, AuditAction action, Map<String, Object> before, Caller caller) {
    return audit.recordChanges(
        RecordType.EXHIBIT,
        exhibit.id.toString(),
        exhibit.version,
        action,
        caller.username(),
        before,
        ExhibitSnapshot.of(exhibit));
  }
}
