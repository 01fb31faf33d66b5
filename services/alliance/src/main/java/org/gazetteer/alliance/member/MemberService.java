package org.gazetteer.alliance.member;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;

/** Member rules for reading: approved members are public, the rest only to themselves (§4). */
@ApplicationScoped
public class MemberService {

  /**
   * Who reads an institution's own alliance records (docs/identity-and-access.md): its members or
   * curators.
   */
  private static final String[] READERS = {Roles.ALLIANCE_MEMBER, Roles.CURATOR};

  private final MemberRepository members;

  MemberService(MemberRepository members) {
    this.members = members;
  }

  /**
   * Lists members in a state. APPROVED is public; any other state needs a login and shows only the
   * caller's own institution (every institution for admins).
   */
  @WithSession
  public Uni<Page<MemberResponse>> list(
      MemberFilter filter, Caller caller, String cursor, int limit) {
    MemberFilter scoped = filter;
    if (filter.status() != MemberStatus.APPROVED) {
      ListScope scope = ListScope.restricted(caller, null, filter.status(), READERS);
      if (scope.empty()) {
        return Uni.createFrom().item(Page.empty());
      }
      scoped = scope.institution() == null ? filter : filter.withCode(scope.institution());
    }
    Cursor after = Cursor.decode(cursor, 1);
    return members
        .list(scoped, after, limit + 1)
        .map(rows -> Page.of(rows, limit, MemberMapper::toResponse, m -> Cursor.of(m.code)));
  }

  /** A member the caller may see; other institutions' applications do not exist for them. */
  @WithSession
  public Uni<MemberResponse> get(String code, Caller caller) {
    return members
        .findById(code)
        .map(
            member -> {
              if (member == null
                  || member.status != MemberStatus.APPROVED
                      && !caller.readsInternal(member.code, READERS)) {
                throw ProblemException.notFound("No alliance member with code " + code);
              }
              return MemberMapper.toResponse(member);
            });
  }
}
