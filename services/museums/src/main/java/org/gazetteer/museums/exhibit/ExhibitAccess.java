package org.gazetteer.museums.exhibit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * Loads an exhibit for a caller under DESIGN §4: drafts of other institutions do not exist for them
 * (404), writes on another institution's exhibit are 403, and its history is its institution's and
 * the admins'.
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
                      && !caller.belongsTo(exhibit.museum)) {
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
