package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.FieldChange;
import org.gazetteer.common.audit.Snapshots;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * Exhibits as a caller reads them: the museum's curators and admins also see who created one and
 * its pending revision (one query for a page), everyone else neither; and revisions with their diff
 * against the published record.
 */
@ApplicationScoped
class ExhibitViews {

  private final ExhibitRevisionRepository revisions;

  ExhibitViews(ExhibitRevisionRepository revisions) {
    this.revisions = revisions;
  }

  /** The exhibit as {@code caller} reads it, with its pending revision for its curators. */
  Uni<ExhibitResponse> response(Exhibit exhibit, Caller caller) {
    if (!caller.readsInternal(exhibit.museum, Roles.CURATOR)) {
      return Uni.createFrom().item(ExhibitMapper.toResponse(exhibit, caller));
    }
    return revisions
        .findById(exhibit.id)
        .map(r -> ExhibitMapper.toResponse(exhibit, caller, PendingRevision.of(r)));
  }

  /** {@link #response} for a page of exhibits, in one query. */
  Uni<List<ExhibitResponse>> responses(List<Exhibit> rows, Caller caller) {
    List<UUID> internal =
        rows.stream()
            .filter(e -> caller.readsInternal(e.museum, Roles.CURATOR))
            .map(e -> e.id)
            .toList();
    return revisions
        .pendingOf(internal)
        .map(
            pending ->
                rows.stream()
                    .map(
                        e ->
                            ExhibitMapper.toResponse(
                                e, caller, PendingRevision.of(pending.get(e.id))))
                    .toList());
  }

  static RevisionResponse revision(Exhibit exhibit, ExhibitRevision r, Caller caller) {
    Exhibit proposed = ExhibitMapper.preview(exhibit, r.proposal);
    return new RevisionResponse(
        exhibit.id,
        r.version,
        r.author,
        r.proposedAt,
        exhibit.version,
        ExhibitMapper.toResponse(proposed, caller),
        changes(exhibit, r));
  }

  static Map<String, FieldChange> changes(Exhibit exhibit, ExhibitRevision r) {
    return Snapshots.diff(
        ExhibitSnapshot.of(exhibit),
        ExhibitSnapshot.of(ExhibitMapper.preview(exhibit, r.proposal)));
  }
}
