package org.gazetteer.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;

/**
 * Who is calling: name, roles and the institution from the token's {@code institution} claim.
 * Carries the role-and-institution rules of docs/identity-and-access.md (write, read internal) so
 * every service applies them alike.
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

  /**
   * The read rule for internal records (drafts, records in review, histories, attendee and
   * reservation lists, statistics): one of {@code roles} — the roles for that kind of record — and
   * the record's institution equal to the token's, or a network admin. A login lacking either sees
   * what an anonymous caller sees.
   */
  public boolean readsInternal(String owner, String... roles) {
    if (isAdmin()) {
      return true;
    }
    return Arrays.stream(roles).anyMatch(this::hasRole)
        && institution.map(own -> own.equals(owner)).orElse(false);
  }

  /**
   * {@link #readsInternal} for an internal part of a record the caller may see (the history of a
   * published exhibit, a room's desk list): 401 without a login, 403 without the role and the
   * institution.
   */
  public void requireInternalRead(String what, String owner, String... roles) {
    requireLogin(what);
    if (!readsInternal(owner, roles)) {
      throw ProblemException.forbidden(
          what + " is for the institution's " + String.join(" or ", roles) + " and network admins");
    }
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
    if (!institution.map(own -> own.equals(owner)).orElse(false)) {
      throw ProblemException.forbidden("This record belongs to another institution");
    }
  }

  /** A 401 naming what needs a login, unless the caller has one. */
  public void requireLogin(String what) {
    if (isAnonymous()) {
      throw new ProblemException(ProblemType.UNAUTHORIZED, what + " needs a login");
    }
  }

  /**
   * Which institution a new record belongs to: the caller's own (the {@code parameter} the request
   * may carry can only repeat it, else 403); for network admins the one they name in {@code
   * requested}, which they must (else 400 on {@code parameter}).
   */
  public String owningInstitution(String requested, String parameter, String what) {
    if (isAdmin()) {
      if (requested == null) {
        throw ProblemException.invalid(parameter, "is required when an admin creates " + what);
      }
      return requested;
    }
    String own = requireInstitution();
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.forbidden("You create " + what + " of your own institution only");
    }
    return own;
  }

  /** The caller's own institution, required for creating records that belong to it. */
  public String requireInstitution() {
    return institution.orElseThrow(
        () -> ProblemException.forbidden("Your account is not attached to an institution"));
  }
}
