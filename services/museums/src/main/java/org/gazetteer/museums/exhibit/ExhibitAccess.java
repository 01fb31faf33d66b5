package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * Loads an exhibit for a caller under docs/identity-and-access.md: an exhibit that is not published
 * exists only for its museum's curators and admins (404 for anyone else), and writes on another
 * institution's exhibit are 403.
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
              if (exhibit == null
                  || exhibit.status != ExhibitStatus.PUBLISHED
                      && !caller.readsInternal(exhibit.museum, Roles.CURATOR)) {
                throw notFound(id);
              }
              return exhibit;
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
