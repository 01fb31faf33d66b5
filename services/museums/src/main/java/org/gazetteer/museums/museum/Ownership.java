package org.gazetteer.museums.museum;

import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;

/** Which museum a new record (an exhibit, an exhibition) belongs to. */
public final class Ownership {

  private Ownership() {}

  /**
   * The caller's own museum for curators ({@code requested} may only repeat it); the requested one
   * for network admins, who must name it.
   */
  public static String owningMuseum(String requested, Caller caller, String what) {
    if (caller.isAdmin()) {
      if (requested == null) {
        throw ProblemException.invalid("museum", "is required when an admin creates " + what);
      }
      return requested;
    }
    String own = caller.requireInstitution();
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.forbidden("Curators create " + what + " of their own museum only");
    }
    return own;
  }
}
