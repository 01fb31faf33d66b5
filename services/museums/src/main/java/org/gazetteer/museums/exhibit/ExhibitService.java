package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.audit.AuditTrail;
import org.gazetteer.museums.audit.RecordType;
import org.gazetteer.museums.museum.MuseumService;
import org.gazetteer.museums.museum.Ownership;

/**
 * Exhibit rules: who may see and change an exhibit, inventory numbers unique per museum, no lost
 * updates, and the review workflow.
 */
@ApplicationScoped
public class ExhibitService {

  static final String INVENTORY_UNIQUE = "exhibit_inventory_unique";
  static final String CENSUS_NO_UNIQUE = "exhibit_census_no_unique";

  private final ExhibitRepository exhibits;
  private final ExhibitAccess access;
  private final MuseumService museums;
  private final AuditTrail audit;

  ExhibitService(
      ExhibitRepository exhibits, ExhibitAccess access, MuseumService museums, AuditTrail audit) {
    this.exhibits = exhibits;
    this.access = access;
    this.museums = museums;
    this.audit = audit;
  }

  /**
   * Lists exhibits in a state. PUBLISHED is public; any other state needs a login and shows the
   * caller's own museum only (all museums for admins), see {@link ListScope}.
   */
  @WithSession
  public Uni<Page<ExhibitResponse>> list(
      ExhibitStatus status, String museum, Caller caller, String cursor, int limit) {
    ListScope scope =
        status == ExhibitStatus.PUBLISHED
            ? ListScope.open(museum)
            : ListScope.restricted(caller, museum, status);
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    return exhibits
        .list(new ExhibitFilter(status, scope.institution()), Cursor.decode(cursor, 2), limit + 1)
        .map(
            rows ->
                Page.of(rows, limit, ExhibitMapper::toResponse, e -> Cursor.of(e.createdAt, e.id)));
  }

  /** An exhibit the caller may see; drafts of other institutions do not exist for them. */
  @WithSession
  public Uni<ExhibitResponse> get(UUID id, Caller caller) {
    return access.visible(id, caller).map(ExhibitMapper::toResponse);
  }

  @WithTransaction
  public Uni<ExhibitResponse> create(ExhibitRequest request, String museumParam, Caller caller) {
    String museum = Ownership.owningMuseum(museumParam, caller, "exhibits");
    return museums
        .require(museum)
        .onFailure(ProblemException.class)
        .transform(e -> ProblemException.unprocessable("No museum with code " + museum))
        .flatMap(found -> requireFreeInventory(museum, request.inventoryNo(), null))
        .flatMap(
            free -> {
              Exhibit exhibit = new Exhibit();
              exhibit.id = UUID.randomUUID();
              exhibit.museum = museum;
              exhibit.createdBy = caller.username();
              ExhibitMapper.apply(request, exhibit);
              return exhibits
                  .persistAndFlush(exhibit)
                  .call(() -> audited(exhibit, AuditAction.CREATE, Map.of(), caller));
            })
        .onFailure(e -> Failures.violated(e, INVENTORY_UNIQUE))
        .transform(e -> duplicateInventory(request.inventoryNo()))
        .onFailure(e -> Failures.violated(e, CENSUS_NO_UNIQUE))
        .transform(e -> duplicateCensusNo(request.censusNo()))
        .map(ExhibitMapper::toResponse);
  }

  /** Replaces an exhibit's fields; needs the version the caller read (If-Match). */
  @WithTransaction
  public Uni<ExhibitResponse> update(
      UUID id, ExhibitRequest request, String ifMatch, Caller caller) {
    return access
        .writable(id, caller)
        .flatMap(
            exhibit -> {
              Versions.check(ifMatch, exhibit.version);
              return requireFreeInventory(exhibit.museum, request.inventoryNo(), id)
                  .map(free -> exhibit);
            })
        .flatMap(
            exhibit -> {
              Map<String, Object> before = ExhibitSnapshot.of(exhibit);
              ExhibitMapper.apply(request, exhibit);
              return exhibits
                  .flush()
                  .call(() -> audited(exhibit, AuditAction.UPDATE, before, caller))
                  .replaceWith(exhibit);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .onFailure(e -> Failures.violated(e, INVENTORY_UNIQUE))
        .transform(e -> duplicateInventory(request.inventoryNo()))
        .onFailure(e -> Failures.violated(e, CENSUS_NO_UNIQUE))
        .transform(e -> duplicateCensusNo(request.censusNo()))
        .map(ExhibitMapper::toResponse);
  }

  /** One page of an exhibit's audit trail, for its museum and admins. */
  @WithSession
  public Uni<Page<AuditEntryResponse>> history(UUID id, Caller caller, String cursor, int limit) {
    caller.requireLogin("Reading a history");
    return access
        .visible(id, caller)
        .flatMap(
            exhibit ->
                audit.history(
                    RecordType.EXHIBIT, id.toString(), exhibit.museum, caller, cursor, limit));
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

  private Uni<Boolean> requireFreeInventory(String museum, String inventoryNo, UUID except) {
    return exhibits
        .inventoryTaken(museum, inventoryNo.strip(), except)
        .map(
            taken -> {
              if (taken) {
                throw duplicateInventory(inventoryNo);
              }
              return true;
            });
  }

  private static ProblemException duplicateCensusNo(String censusNo) {
    return ProblemException.conflict(
        "Census registration number " + censusNo + " is already registered in the network");
  }

  private static ProblemException duplicateInventory(String inventoryNo) {
    return ProblemException.conflict(
        "Inventory number " + inventoryNo.strip() + " is already used in this museum");
  }
}
