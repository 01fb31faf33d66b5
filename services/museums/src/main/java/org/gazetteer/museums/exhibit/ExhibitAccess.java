package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * Loads an exhibit for a caller under docs/identity-and-access.md: an exhibit that is not published
 * exists only for its museum's curators and admins; anyone else gets 410 Gone for a withdrawn one
 * (it was public once, and stays gone: withdrawal is final) and 404 for a draft or one in review.
 * Writes on another institution's exhibit are 403.
 */
@ApplicationScoped
class ExhibitAccess {

  private final ExhibitRepository exhibits;

  ExhibitAccess(ExhibitRepository exhibits) {
    this.exhibits = exhibits;
  }

  Uni<Exhibit> visible(UUID id, Caller caller) {
    return exhibits
        .findById(id)
        .map(
            exhibit -> {
              if (exhibit == null) {
                throw notFound(id);
              }
              if (exhibit.status == ExhibitStatus.PUBLISHED
                  || caller.readsInternal(exhibit.museum, Roles.CURATOR)) {
                return exhibit;
              }
              if (exhibit.status == ExhibitStatus.WITHDRAWN) {
                throw ProblemException.gone("Exhibit " + id + " was withdrawn by its museum");
              }
              throw notFound(id);
            });
  }

  Uni<Exhibit> writable(UUID id, Caller caller) {
    return exhibits
        .findById(id)
        .map(
            exhibit -> {
              if (exhibit == null) {
                throw notFound(id);
              }
              caller.requireWrite(Roles.CURATOR, exhibit.museum);
              return exhibit;
            });
  }

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No exhibit with id " + id);
  }
}
