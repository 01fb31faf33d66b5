package org.gazetteer.museums.exhibition;

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

/** Publishing and withdrawing exhibitions, each step audited. */
@ApplicationScoped
public class ExhibitionPublishing {

  private final ExhibitionRepository exhibitions;
  private final ExhibitionAccess access;
  private final ExhibitionService service;
  private final AuditTrail audit;

  ExhibitionPublishing(
      ExhibitionRepository exhibitions,
      ExhibitionAccess access,
      ExhibitionService service,
      AuditTrail audit) {
    this.exhibitions = exhibitions;
    this.access = access;
    this.service = service;
    this.audit = audit;
  }

  /**
   * Applies {@code action}: a state that does not allow it is 409 with the allowed next actions;
   * publishing needs at least one exhibit, all of them published (422 otherwise).
   */
  @WithTransaction
  public Uni<ExhibitionResponse> act(UUID id, ExhibitionAction action, Caller caller) {
    return access
        .writable(id, caller)
        .call(
            x -> {
              if (!action.allowedFrom(x.status)) {
                throw ProblemException.conflict(
                    "Cannot "
                        + action.path()
                        + " an exhibition in state "
                        + x.status
                        + "; allowed next: "
                        + ExhibitionAction.allowedNext(x.status));
              }
              if (action != ExhibitionAction.PUBLISH) {
                return Uni.createFrom().voidItem();
              }
              if (x.exhibits.length == 0) {
                throw ProblemException.unprocessable(
                    "An exhibition needs at least one exhibit to be published");
              }
              return access.checkExhibits(x.museum, ExhibitionMapper.exhibits(x), true);
            })
        .flatMap(
            x -> {
              ExhibitionStatus from = x.status;
              x.status = action.to();
              return exhibitions.flush().call(() -> record(x, action, from, caller)).replaceWith(x);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .onFailure(ExhibitionAccess::exhibitsChangedMeanwhile)
        .transform(e -> ExhibitionAccess.changedMeanwhile())
        .flatMap(x -> service.respond(x, caller));
  }

  private Uni<Void> record(
      Exhibition x, ExhibitionAction action, ExhibitionStatus from, Caller caller) {
    return audit.record(
        RecordType.EXHIBITION,
        x.id.toString(),
        x.version,
        AuditAction.valueOf(action.name()),
        caller.username(),
        Map.of("status", new FieldChange(from.name(), x.status.name())),
        null);
  }
}
