package org.gazetteer.alliance.member;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gazetteer.alliance.audit.AllianceAuditAction;
import org.gazetteer.alliance.audit.AllianceRecordType;
import org.gazetteer.alliance.audit.AuditEntryResponse;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.audit.FieldChange;
import org.gazetteer.common.division.KnownDivisions;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;

/**
 * Member rules: an institution applies (its alliance members or curators), admins decide; approved
 * members are public, the rest only to themselves and admins (docs/identity-and-access.md). Every
 * application and decision is audited.
 */
@ApplicationScoped
public class MemberService {

  /**
   * Who reads an institution's own alliance records (docs/identity-and-access.md): its members or
   * curators.
   */
  private static final String[] READERS = {Roles.ALLIANCE_MEMBER, Roles.CURATOR};

  private final MemberRepository members;
  private final KnownDivisions divisions;
  private final AuditTrail audit;
  private final Clock clock;

  MemberService(MemberRepository members, KnownDivisions divisions, AuditTrail audit, Clock clock) {
    this.members = members;
    this.divisions = divisions;
    this.audit = audit;
    this.clock = clock;
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
        .map(
            rows ->
                Page.of(
                    rows,
                    limit,
                    m -> MemberMapper.toResponse(m, caller.readsInternal(m.code, READERS)),
                    m -> Cursor.of(m.code)));
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
              return MemberMapper.toResponse(member, caller.readsInternal(member.code, READERS));
            });
  }

  /**
   * The caller's institution applies: a new application, or a new one after a rejection. An
   * application that is pending, approved or suspended is a 409.
   */
  @WithTransaction
  public Uni<MemberResponse> apply(MemberApplication application, Caller caller) {
    caller.requireLogin("Applying to the alliance");
    if (!caller.hasRole(Roles.ALLIANCE_MEMBER) && !caller.hasRole(Roles.CURATOR)) {
      throw ProblemException.forbidden(
          "An institution applies through its alliance members or curators");
    }
    String code = caller.requireInstitution();
    return divisions
        .require(application.division(), "division")
        .flatMap(ok -> members.findById(code))
        .flatMap(
            existing -> {
              if (existing != null && existing.status != MemberStatus.REJECTED) {
                throw ProblemException.conflict(
                    "The institution is already " + existing.status + " in the alliance");
              }
              Member member = existing != null ? existing : new Member();
              Map<String, Object> before =
                  existing != null ? MemberMapper.snapshot(existing) : Map.of();
              member.code = code;
              MemberMapper.apply(application, member);
              member.status = MemberStatus.APPLIED;
              member.reason = null;
              member.appliedBy = caller.username();
              member.appliedAt = now();
              Uni<Member> saved =
                  existing != null
                      ? members.flush().replaceWith(member)
                      : members.persistAndFlush(member);
              return saved.call(
                  m ->
                      audit.recordChanges(
                          AllianceRecordType.MEMBER,
                          m.code,
                          m.version,
                          AllianceAuditAction.APPLY,
                          caller.username(),
                          before,
                          MemberMapper.snapshot(m)));
            })
        .map(m -> MemberMapper.toResponse(m, true));
  }

  /**
   * An admin's decision; a wrong state is a 409 naming the allowed actions. {@code If-Match}, when
   * sent, must name the version the admin read.
   */
  @WithTransaction
  public Uni<MemberResponse> act(
      String code, MemberAction action, String reason, String ifMatch, Caller caller) {
    if (!caller.isAdmin()) {
      throw ProblemException.forbidden("Network admins decide on memberships");
    }
    if (action.needsReason && (reason == null || reason.isBlank())) {
      throw ProblemException.invalid(
          "reason", "is required to " + action.name().toLowerCase(java.util.Locale.ROOT));
    }
    return members
        .findById(code)
        .flatMap(
            m -> {
              if (m == null) {
                throw ProblemException.notFound("No alliance member with code " + code);
              }
              if (ifMatch != null) {
                Versions.check(ifMatch, m.version);
              }
              if (m.status != action.from) {
                throw ProblemException.conflict(
                    "Cannot "
                        + action.name().toLowerCase(java.util.Locale.ROOT)
                        + " a member that is "
                        + m.status
                        + "; allowed: "
                        + String.join(", ", MemberAction.allowedFrom(m.status)));
              }
              MemberStatus was = m.status;
              m.status = action.to;
              m.reason = action.needsReason ? reason.strip() : null;
              m.decidedAt = now();
              return members
                  .flush()
                  .call(
                      () ->
                          audit.record(
                              AllianceRecordType.MEMBER,
                              m.code,
                              m.version,
                              AllianceAuditAction.valueOf(action.name()),
                              caller.username(),
                              Map.of("status", new FieldChange(was.name(), m.status.name())),
                              reason))
                  .replaceWith(m);
            })
        .map(m -> MemberMapper.toResponse(m, true));
  }

  /** A membership's history, for the institution itself (members, curators) and admins. */
  @WithSession
  public Uni<Page<AuditEntryResponse>> history(
      String code, Caller caller, String cursor, int limit) {
    return members
        .findById(code)
        .flatMap(
            m -> {
              if (m == null) {
                throw ProblemException.notFound("No alliance member with code " + code);
              }
              return audit.history(
                  AllianceRecordType.MEMBER,
                  code,
                  code,
                  caller,
                  cursor,
                  limit,
                  AuditEntryResponse::of,
                  READERS);
            });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
