package org.gazetteer.alliance.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.common.problem.ProblemException;

/**
 * The rules of a request beside its state table: when a loan is overdue, which obligations a loan
 * carries, and when they let it be closed.
 */
final class RequestRules {

  /** The states of a physical loan that is out with the borrower (or on its way to it). */
  static final List<RequestStatus> OUT = List.of(RequestStatus.IN_TRANSIT, RequestStatus.ON_LOAN);

  private RequestRules() {}

  /** A physical loan still out after its last day. */
  static boolean overdue(ShareRequest r, LocalDate today) {
    return r.delivery == Delivery.PHYSICAL && OUT.contains(r.status) && r.to.isBefore(today);
  }

  /**
   * What an approved physical loan owes before it is closed: the owner's condition report, and the
   * borrower's citation when the owner made it a condition. Digital resources and services end with
   * their completion and owe nothing here.
   */
  static List<Obligation> obligations(Delivery delivery, List<Condition> conditions) {
    List<Obligation> owed = new ArrayList<>();
    if (delivery == Delivery.PHYSICAL) {
      owed.add(Obligation.open(ObligationKind.CONDITION_REPORT));
      if (conditions.stream().anyMatch(c -> c.kind() == ConditionKind.CITATION)) {
        owed.add(Obligation.open(ObligationKind.CITATION));
      }
    }
    return owed;
  }

  /**
   * The obligations with {@code kind} met now with {@code note}: 404 when the request owes no such
   * thing, 403 for the other side, 409 when it is met already or not yet due (a condition report
   * once the loan is back, a citation once it has arrived).
   */
  static List<Obligation> meet(
      ShareRequest r, ObligationKind kind, Party party, String note, OffsetDateTime now) {
    Obligation owed =
        r.obligations.items().stream()
            .filter(o -> o.kind() == kind)
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("This request owes no " + kind.path()));
    if (owed.party() != party) {
      throw ProblemException.forbidden(
          "Only the " + owed.party().name().toLowerCase(Locale.ROOT) + " meets " + kind.path());
    }
    if (owed.met()) {
      throw ProblemException.conflict("The " + kind.path() + " was given already");
    }
    List<RequestStatus> due =
        kind == ObligationKind.CONDITION_REPORT
            ? List.of(RequestStatus.RETURNED)
            : List.of(RequestStatus.ON_LOAN, RequestStatus.RETURNING, RequestStatus.RETURNED);
    if (!due.contains(r.status)) {
      throw ProblemException.conflict(
          "A "
              + kind.path()
              + " is given when the request is "
              + names(due)
              + "; it is "
              + r.status);
    }
    return r.obligations.items().stream()
        .map(o -> o.kind() == kind ? new Obligation(kind, o.party(), now, note) : o)
        .toList();
  }

  /** 409 while an obligation is open: the owner closes a loan once every one is met. */
  static void requireMet(ShareRequest r) {
    List<Obligation> open = r.obligations.items().stream().filter(o -> !o.met()).toList();
    if (!open.isEmpty()) {
      throw ProblemException.conflict(
          "Open obligations: "
              + open.stream()
                  .map(
                      o -> o.kind().path() + " (" + o.party().name().toLowerCase(Locale.ROOT) + ")")
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String names(List<RequestStatus> states) {
    return states.stream().map(Enum::name).collect(Collectors.joining(" or "));
  }
}
