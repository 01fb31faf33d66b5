package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.security.Caller;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.RecordType;

/**
 * Writes many exhibits of one museum at once (the CSV import), keyed by inventory number: new
 * numbers create drafts, known ones update the exhibit in place — or, for a published exhibit,
 * become its pending revision (review applies to imports too) — each change audited. Runs in the
 * caller's transaction, so a batch commits whole or not at all.
 */
@ApplicationScoped
public class ExhibitBatch {

  private final ExhibitRepository exhibits;
  private final ExhibitRevisions revisions;
  private final AuditTrail audit;

  ExhibitBatch(ExhibitRepository exhibits, ExhibitRevisions revisions, AuditTrail audit) {
    this.exhibits = exhibits;
    this.revisions = revisions;
    this.audit = audit;
  }

  /**
   * What the database already holds for a batch: ids by inventory and census number, and the
   * museum's exhibits themselves, loaded in the caller's session for {@link #write} to update.
   */
  public static final class Existing {

    private final Map<String, Exhibit> byInventory;
    private final Map<String, UUID> byCensusNo;

    private Existing(Map<String, Exhibit> byInventory, Map<String, UUID> byCensusNo) {
      this.byInventory = byInventory;
      this.byCensusNo = byCensusNo;
    }

    /** The id of the museum's exhibit with this inventory number, or null. */
    public UUID byInventoryNo(String inventoryNo) {
      Exhibit exhibit = byInventory.get(inventoryNo);
      return exhibit == null ? null : exhibit.id;
    }

    /** Whether the museum's exhibit with this inventory number is published. */
    public boolean published(String inventoryNo) {
      Exhibit exhibit = byInventory.get(inventoryNo);
      return exhibit != null && exhibit.status == ExhibitStatus.PUBLISHED;
    }

    /** The id of the exhibit holding this census number, in any museum, or null. */
    public UUID byCensusNo(String censusNo) {
      return byCensusNo.get(censusNo);
    }
  }

  /** The museum's exhibits with these inventory numbers, and who holds these census numbers. */
  public Uni<Existing> existing(String museum, List<String> inventoryNos, List<String> censusNos) {
    Uni<Map<String, Exhibit>> inventory =
        inventoryNos.isEmpty()
            ? Uni.createFrom().item(Map.of())
            : exhibits
                .list("museum = ?1 and inventoryNo in ?2", museum, inventoryNos)
                .map(
                    found -> {
                      Map<String, Exhibit> byNumber = new HashMap<>();
                      found.forEach(e -> byNumber.put(e.inventoryNo, e));
                      return byNumber;
                    });
    return inventory.flatMap(
        byInventory ->
            (censusNos.isEmpty()
                    ? Uni.createFrom().item(Map.<String, UUID>of())
                    : exhibits
                        .list("censusNo in ?1", censusNos)
                        .map(found -> index(found, e -> e.censusNo)))
                .map(byCensus -> new Existing(byInventory, byCensus)));
  }

  /**
   * Creates or updates one exhibit per request (by inventory number, as {@code existing} found them
   * in this session), then audits each change; returns the ids in request order.
   */
  public Uni<List<UUID>> write(
      String museum, List<ExhibitRequest> requests, Existing existing, Caller caller) {
    List<Exhibit> written = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    List<Exhibit> revised = new ArrayList<>();
    List<ExhibitRequest> proposals = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    for (ExhibitRequest request : requests) {
      Exhibit exhibit = existing.byInventory.get(request.inventoryNo().strip());
      if (exhibit != null && exhibit.status == ExhibitStatus.PUBLISHED) {
        revised.add(exhibit);
        proposals.add(request);
      } else {
        if (exhibit == null) {
          exhibit = draft(museum, caller);
          before.add(null);
        } else {
          before.add(ExhibitSnapshot.of(exhibit));
        }
        ExhibitMapper.apply(request, exhibit);
        written.add(exhibit);
      }
      ids.add(exhibit.id);
    }
    return persistNew(written, before)
        .call(exhibits::flush)
        .call(() -> audited(written, before, caller))
        .call(() -> revisions.proposeAll(revised, proposals, caller))
        .map(v -> List.copyOf(ids));
  }

  private Uni<Void> persistNew(List<Exhibit> written, List<Map<String, Object>> before) {
    List<Exhibit> fresh = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      if (before.get(i) == null) {
        fresh.add(written.get(i));
      }
    }
    return fresh.isEmpty() ? Uni.createFrom().voidItem() : exhibits.persist(fresh.stream());
  }

  private Uni<Void> audited(
      List<Exhibit> written, List<Map<String, Object>> before, Caller caller) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (int i = 0; i < written.size(); i++) {
      Exhibit exhibit = written.get(i);
      Map<String, Object> old = before.get(i);
      chain =
          chain.call(
              () ->
                  audit.recordChanges(
                      RecordType.EXHIBIT,
                      exhibit.id.toString(),
                      exhibit.version,
                      old == null ? AuditAction.CREATE : AuditAction.UPDATE,
                      caller.username(),
                      Objects.requireNonNullElse(old, Map.of()),
                      ExhibitSnapshot.of(exhibit)));
    }
    return chain;
  }

  private static Exhibit draft(String museum, Caller caller) {
    Exhibit exhibit = new Exhibit();
    exhibit.id = UUID.randomUUID();
    exhibit.museum = museum;
    exhibit.createdBy = caller.username();
    return exhibit;
  }

  private static Map<String, UUID> index(
      List<Exhibit> found, java.util.function.Function<Exhibit, String> key) {
    Map<String, UUID> index = new HashMap<>();
    found.forEach(e -> index.put(key.apply(e), e.id));
    return index;
  }
}
