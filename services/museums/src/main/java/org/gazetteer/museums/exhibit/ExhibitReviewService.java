package org.gazetteer.museums.exhibit;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.audit.FieldChange;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.RecordType;

/** The review workflow's use case: moves an exhibit between states and audits each step. */
@ApplicationScoped
public class ExhibitReviewService {

  private final ExhibitRepository exhibits;
  private final ExhibitAccess access;
  private final ExhibitRevisions revisions;
  private final AuditTrail audit;

  ExhibitReviewService(
      ExhibitRepository exhibits,
      ExhibitAccess access,
      ExhibitRevisions revisions,
      AuditTrail audit) {
    this.exhibits = exhibits;
    this.access = access;
    this.revisions = revisions;
    this.audit = audit;
  }

  /**
   * Applies {@code action}; a transition the state does not allow is 409, a rejection needs a
   * reason (400), and the submitter cannot approve their own submission (403). Approving and
   * rejecting need the version reviewed ({@code If-Match}, 428/412); for the other actions it is
   * checked when sent. Withdrawing discards a pending revision.
   */
  @WithTransaction
  public Uni<ExhibitResponse> act(
      UUID id, ExhibitAction action, String reason, String ifMatch, Caller caller) {
    if (action == ExhibitAction.REJECT && (reason == null || reason.isBlank())) {
      throw ProblemException.invalid("reason", "is required when rejecting a submission");
    }
    boolean decision = action == ExhibitAction.APPROVE || action == ExhibitAction.REJECT;
    return access
        .writable(id, caller)
        .invoke(
            exhibit -> {
              if (decision || ifMatch != null) {
                Versions.check(ifMatch, exhibit.version);
              }
            })
        .call(
            exhibit ->
                action == ExhibitAction.WITHDRAW && exhibit.status == ExhibitStatus.PUBLISHED
                    ? revisions.discard(exhibit, caller)
                    : Uni.createFrom().voidItem())
        .flatMap(
            exhibit -> {
              ExhibitStatus from = exhibit.status;
              ExhibitWorkflow.apply(exhibit, action, caller);
              return exhibits
                  .flush()
                  .call(() -> record(exhibit, action, from, reason, caller))
                  .replaceWith(exhibit);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .map(e -> ExhibitMapper.toResponse(e, caller));
  }

  private Uni<Void> record(
      Exhibit exhibit, ExhibitAction action, ExhibitStatus from, String reason, Caller caller) {
    return audit.record(
        RecordType.EXHIBIT,
        exhibit.id.toString(),
        exhibit.version,
        AuditAction.valueOf(action.name()),
        caller.username(),
        Map.of("status", new FieldChange(from.name(), exhibit.status.name())),
        reason == null || reason.isBlank() ? null : reason.strip());
  }
}
