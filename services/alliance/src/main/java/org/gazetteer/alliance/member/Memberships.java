package org.gazetteer.alliance.member;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.common.text.LocalizedText;

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

  /** These members by code (codes that are no member are left out). */
  public Uni<Map<String, MemberSummary>> summaries(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return members
        .list("code in ?1", List.copyOf(codes))
        .map(
            found ->
                found.stream()
                    .collect(
                        Collectors.toMap(
                            m -> m.code,
                            m ->
                                new MemberSummary(
                                    m.code, new LocalizedText(m.nameZh, m.nameEn), m.status))));
  }

  /**
   * The caller's institution, if the caller is one of its alliance members or curators (of a member
   * in any state): who reads a member's requests and takes its side's steps. 401 without a login,
   * 403 otherwise (admins included: they read everything but act for no member).
   */
  public String requireActor(Caller caller, String what) {
    caller.requireLogin(what);
    if (Arrays.stream(ACTORS).noneMatch(caller::hasRole)) {
      throw ProblemException.forbidden(
          what + " is for the alliance members or curators of a member");
    }
    return caller.requireInstitution();
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
    String code = requireActor(caller, what);
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
