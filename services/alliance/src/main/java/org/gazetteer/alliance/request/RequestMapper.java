package org.gazetteer.alliance.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gazetteer.alliance.member.MemberSummary;
import org.gazetteer.alliance.resource.Requestable;
import org.gazetteer.common.security.Caller;

/** Builds a request's response as the caller's side (or an admin) reads it. */
final class RequestMapper {

  private RequestMapper() {}

  static RequestResponse toResponse(
      ShareRequest r,
      Requestable resource,
      Map<String, MemberSummary> members,
      List<RequestStep> steps,
      boolean frozen,
      Caller caller,
      LocalDate today) {
    String institution = caller.isAdmin() ? null : caller.institution().orElse(null);
    Party party = institution == null ? null : r.partyOf(institution);
    Counterpart owner = counterpart(r.owner, members);
    Counterpart requester = counterpart(r.requester, members);
    return new RequestResponse(
        r.id,
        new RequestedResource(
            resource.id(), resource.kind(), resource.title(), resource.delivery()),
        owner,
        requester,
        party == null ? null : RequestSide.of(party),
        party == null ? null : party == Party.OWNER ? requester : owner,
        r.purpose,
        r.from,
        r.to,
        r.quantity,
        r.status,
        RequestRules.overdue(r, today),
        r.conditions.items(),
        r.obligations.items(),
        r.returnReport,
        party == null
            ? List.of()
            : RequestStateMachine.available(r.status, r.delivery, party, frozen),
        steps.stream().map(s -> entry(s, caller, institution)).toList(),
        r.version,
        r.createdAt,
        r.updatedAt);
  }

  /** A side by code and name; both sides are members for good (a foreign key keeps them). */
  private static Counterpart counterpart(String code, Map<String, MemberSummary> members) {
    return new Counterpart(code, members.get(code).name());
  }

  /** A step; who took it is shown to that member's own users and to admins. */
  private static TimelineEntry entry(RequestStep s, Caller caller, String institution) {
    boolean ownSide = caller.isAdmin() || s.member.equals(institution);
    return new TimelineEntry(
        s.at, s.action, s.status, s.party, s.member, ownSide ? s.actor : null, s.note);
  }
}
