package org.gazetteer.alliance.member;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/**
 * Who acts for a member and who counts as one: the other parts of the alliance ask here. Needs the
 * caller's reactive session.
 */
@ApplicationScoped
public class Memberships {

  /** The roles that act for a member institution: its alliance members and curators. */
  public static final String[] ACTORS = {Roles.ALLIANCE_MEMBER, Roles.CURATOR};

  private final MemberRepository members;

  Memberships(MemberRepository members) {
    this.members = members;
  }

  /** The state of an institution's membership, or null when it never applied. */
  public Uni<MemberStatus> status(String code) {
    if (code == null) {
      return Uni.createFrom().nullItem();
    }
    return members.findById(code).map(m -> m == null ? null : m.status);
  }

  /** Whether the caller's institution is an approved, non-suspended member. */
  public Uni<Boolean> approved(Caller caller) {
    return status(caller.institution().orElse(null)).map(status -> status == MemberStatus.APPROVED);
  }

  /**
   * The caller's institution, if the caller may act for it as an approved, non-suspended member:
   * 403 otherwise (admins decide on members but act as no member).
   */
  public Uni<String> requireActingMember(Caller caller, String what) {
    caller.requireLogin(what);
    boolean actor = false;
    for (String role : ACTORS) {
      actor |= caller.hasRole(role);
    }
    if (!actor) {
      throw ProblemException.forbidden(
          what + " is for the alliance members or curators of a member");
    }
    String code = caller.requireInstitution();
    return status(code)
        .map(
            status -> {
              if (status != MemberStatus.APPROVED) {
                throw ProblemException.forbidden(
                    what
                        + " is for approved members; "
                        + code
                        + " is "
                        + (status == null ? "not a member" : status.name()));
              }
              return code;
            });
  }
}
