package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.audit.FieldChange;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.RecordType;

/**
 * Published exhibits change only through review (docs/api-conventions.md): an edit is stored as the
 * exhibit's pending revision, which another curator of the museum (or an admin) approves — only
 * then does the exhibit row, and with it the public record, search and the change feed, change — or
 * rejects. Every step is audited on the exhibit's history.
 */
@ApplicationScoped
public class ExhibitRevisions {

  private final ExhibitRevisionRepository revisions;
  private final ExhibitRepository exhibits;
  private final ExhibitAccess access;
  private final ExhibitViews views;
  private final AuditTrail audit;

  ExhibitRevisions(
      ExhibitRevisionRepository revisions,
      ExhibitRepository exhibits,
      ExhibitAccess access,
      ExhibitViews views,
      AuditTrail audit) {
    this.revisions = revisions;
    this.views = views;
    this.exhibits = exhibits;
    this.access = access;
    this.audit = audit;
  }

  /** Stores {@code request} as the pending revision of published {@code exhibit}, replacing one. */
  Uni<RevisionResponse> propose(Exhibit exhibit, ExhibitRequest request, Caller caller) {
    return proposeAll(List.of(exhibit), List.of(request), caller).map(list -> list.get(0));
  }

  /**
   * {@link #propose} for many published exhibits at once (the CSV import), each with its request:
   * one query for their revision rows, one flush.
   */
  Uni<List<RevisionResponse>> proposeAll(
      List<Exhibit> published, List<ExhibitRequest> requests, Caller caller) {
    if (published.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<UUID> ids = published.stream().map(e -> e.id).toList();
    Uni<List<RevisionResponse>> proposed =
        revisions
            .list("exhibitId in ?1", ids)
            .flatMap(
                found -> {
                  Map<UUID, ExhibitRevision> rows = new HashMap<>();
                  found.forEach(r -> rows.put(r.exhibitId, r));
                  List<ExhibitRevision> fresh = new ArrayList<>();
                  List<ExhibitRevision> proposals = new ArrayList<>();
                  for (int i = 0; i < published.size(); i++) {
                    ExhibitRevision r = rows.get(ids.get(i));
                    if (r == null) {
                      r = fresh(ids.get(i));
                      fresh.add(r);
                    }
                    r.propose(requests.get(i), caller.username());
                    proposals.add(r);
                  }
                  Uni<Void> inserted =
                      fresh.isEmpty()
                          ? Uni.createFrom().voidItem()
                          : revisions.persist(fresh.stream());
                  return inserted
                      .call(revisions::flush)
                      .flatMap(v -> auditedProposals(published, proposals, caller));
                });
    return proposed
        .onFailure(e -> Failures.violated(e, "exhibit_revision_pkey"))
        .transform(e -> Versions.stale());
  }

  private Uni<List<RevisionResponse>> auditedProposals(
      List<Exhibit> published, List<ExhibitRevision> proposals, Caller caller) {
    List<RevisionResponse> responses = new ArrayList<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (int i = 0; i < published.size(); i++) {
      Exhibit exhibit = published.get(i);
      RevisionResponse response = ExhibitViews.revision(exhibit, proposals.get(i), caller);
      responses.add(response);
      chain =
          chain.call(
              () ->
                  audited(exhibit, AuditAction.PROPOSE_REVISION, response.changes(), null, caller));
    }
    return chain.map(v -> responses);
  }

  /** The pending revision of an exhibit, for its museum's curators and admins. */
  @WithSession
  public Uni<RevisionResponse> get(UUID id, Caller caller) {
    return access
        .visible(id, caller)
        .invoke(e -> caller.requireInternalRead("A pending revision", e.museum, Roles.CURATOR))
        .flatMap(e -> pending(id).map(r -> ExhibitViews.revision(e, r, caller)));
  }

  /**
   * Approves the pending revision the caller reviewed ({@code If-Match} its ETag): the exhibit
   * takes the proposed fields. Its author cannot approve it.
   */
  @WithTransaction
  public Uni<ExhibitResponse> approve(UUID id, String ifMatch, Caller caller) {
    Uni<ExhibitResponse> approved =
        access
            .writable(id, caller)
            .flatMap(exhibit -> reviewed(id, ifMatch).map(r -> new Decision(exhibit, r)))
            .invoke(d -> requireAnotherReviewer(d.revision(), caller))
            .flatMap(d -> apply(d, caller));
    return approved.onFailure(Failures::stale).transform(e -> Versions.stale());
  }

  /** Rejects the pending revision the caller reviewed, with a reason; the published one stays. */
  @WithTransaction
  public Uni<ExhibitResponse> reject(UUID id, String ifMatch, String reason, Caller caller) {
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "is required when rejecting a revision");
    }
    return access
        .writable(id, caller)
        .flatMap(exhibit -> reviewed(id, ifMatch).map(r -> new Decision(exhibit, r)))
        .flatMap(
            d -> {
              Map<String, FieldChange> changes = ExhibitViews.changes(d.exhibit(), d.revision());
              d.revision().clear();
              return revisions
                  .flush()
                  .call(
                      () ->
                          audited(
                              d.exhibit(),
                              AuditAction.REJECT_REVISION,
                              changes,
                              reason.strip(),
                              caller))
                  .flatMap(v -> views.response(d.exhibit(), caller));
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale());
  }

  /**
   * Drops the pending revision of an exhibit that is being withdrawn, audited; in the caller's tx.
   */
  Uni<Void> discard(Exhibit exhibit, Caller caller) {
    return revisions
        .findById(exhibit.id)
        .flatMap(
            r -> {
              if (r == null || !r.pending()) {
                return Uni.createFrom().voidItem();
              }
              Map<String, FieldChange> changes = ExhibitViews.changes(exhibit, r);
              r.clear();
              return revisions
                  .flush()
                  .call(
                      () ->
                          audited(
                              exhibit,
                              AuditAction.DISCARD_REVISION,
                              changes,
                              "The exhibit was withdrawn",
                              caller));
            })
        .replaceWithVoid();
  }

  private Uni<ExhibitResponse> apply(Decision d, Caller caller) {
    Exhibit exhibit = d.exhibit();
    Map<String, FieldChange> changes = ExhibitViews.changes(exhibit, d.revision());
    ExhibitMapper.apply(d.revision().proposal, exhibit);
    ExhibitRequest proposal = d.revision().proposal;
    d.revision().clear();
    Uni<Void> written =
        exhibits
            .flush()
            .call(() -> audited(exhibit, AuditAction.APPROVE_REVISION, changes, null, caller));
    return InventoryNumbers.refusingDuplicates(written, proposal)
        .flatMap(v -> views.response(exhibit, caller));
  }

  private Uni<ExhibitRevision> reviewed(UUID id, String ifMatch) {
    return pending(id).invoke(r -> Versions.check(ifMatch, r.version));
  }

  private Uni<ExhibitRevision> pending(UUID id) {
    return revisions
        .findById(id)
        .invoke(
            r -> {
              if (r == null || !r.pending()) {
                throw ProblemException.notFound("Exhibit " + id + " has no pending revision");
              }
            });
  }

  private static void requireAnotherReviewer(ExhibitRevision revision, Caller caller) {
    if (caller.username().equals(revision.author)) {
      throw ProblemException.forbidden(
          "The author cannot approve their own revision; another curator or an admin reviews");
    }
  }

  private Uni<Void> audited(
      Exhibit exhibit,
      AuditAction action,
      Map<String, FieldChange> changes,
      String reason,
      Caller caller) {
    return audit.record(
        RecordType.EXHIBIT,
        exhibit.id.toString(),
        exhibit.version,
        action,
        caller.username(),
        changes,
        reason);
  }

  private static ExhibitRevision fresh(UUID exhibit) {
    ExhibitRevision revision = new ExhibitRevision();
    revision.exhibitId = exhibit;
    return revision;
  }

  private record Decision(Exhibit exhibit, ExhibitRevision revision) {}
}
