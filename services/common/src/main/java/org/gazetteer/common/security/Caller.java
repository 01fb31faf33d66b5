package org.gazetteer.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;

/**
 * Who is calling: name, roles and the institution from the token's {@code institution} claim.
 * Carries the institution-scoping rules of DESIGN §4 so every service applies them alike.
 */
public record Caller(String username, Optional<String> institution, Set<String> roles) {

  public static final String INSTITUTION_CLAIM = "institution";
  private static final Caller ANONYMOUS = new Caller(null, Optional.empty(), Set.of());

  public static Caller of(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return ANONYMOUS;
    }
    Optional<String> institution = Optional.empty();
    String username = identity.getPrincipal().getName();
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      institution =
          Optional.ofNullable(jwt.<Object>getClaim(INSTITUTION_CLAIM)).map(String::valueOf);
      String preferred = jwt.getClaim("preferred_username");
      username = preferred != null ? preferred : username;
    }
    return new Caller(
        username, institution.filter(s -> !s.isBlank()), Set.copyOf(identity.getRoles()));
  }

  public boolean isAnonymous() {
    return username == null;
  }

  public boolean isAdmin() {
    return roles.contains(Roles.NETWORK_ADMIN);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether records of {@code owner} are this caller's to see beyond what is public. */
  public boolean belongsTo(String owner) {
    return isAdmin() || institution.map(owner::equals).orElse(false);
  }

  /**
   * The write rule: the role for the resource and the record's institution equal to the token's,
   * unless the caller is a network admin. Otherwise 403, never a silent filter.
   */
  public void requireWrite(String role, String owner) {
    if (isAdmin()) {
      return;
    }
    if (!hasRole(role)) {
      throw ProblemException.forbidden("This needs the role " + role);
    }
    if (!belongsTo(owner)) {
      throw ProblemException.forbidden("This record belongs to another institution");
    }
  }

  /** A 401 naming what needs a login, unless the caller has one. */
  public void requireLogin(String what) {
    if (isAnonymous()) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, what + " needs a login");
    }
  }

  /** The caller's own institution, required for creating records that belong to it. */
  public String requireInstitution() {
    return institution.orElseThrow(
        () -> ProblemException.forbidden("Your account is not attached to an institution"));
  }
}
