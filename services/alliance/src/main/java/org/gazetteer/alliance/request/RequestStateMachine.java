package org.gazetteer.alliance.request;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.common.problem.ProblemException;

/**
 * The request workflow as one table: which action, by which party, takes a request from which state
 * to which, for which kinds of delivery. A step by the wrong party is a 403; an action the state
 * does not allow is a 409 naming the actions it allows and who takes them. While either member is
 * suspended the request is frozen, except the return leg of a loan already out (return and
 * confirm-return).
 */
public final class RequestStateMachine {

  /** One allowed step. */
  record Step(
      RequestStatus from,
      RequestAction action,
      Party by,
      RequestStatus to,
      List<Delivery> deliveries) {

    boolean applies(RequestStatus state, RequestAction a, Delivery delivery) {
      return from == state && action == a && deliveries.contains(delivery);
    }
  }

  private static final List<Delivery> ANY = List.of(Delivery.values());
  private static final List<Delivery> PHYSICAL = List.of(Delivery.PHYSICAL);
  private static final List<Delivery> NOT_PHYSICAL = List.of(Delivery.DIGITAL, Delivery.SERVICE);

  static final List<Step> STEPS =
      List.of(
          step(
              RequestStatus.REQUESTED,
              RequestAction.APPROVE,
              Party.OWNER,
              RequestStatus.APPROVED,
              ANY),
          step(
              RequestStatus.REQUESTED,
              RequestAction.OFFER_CONDITIONS,
              Party.OWNER,
              RequestStatus.CONDITIONAL,
              ANY),
          step(
              RequestStatus.REQUESTED,
              RequestAction.DECLINE,
              Party.OWNER,
              RequestStatus.DECLINED,
              ANY),
          step(
              RequestStatus.REQUESTED,
              RequestAction.CANCEL,
              Party.REQUESTER,
              RequestStatus.CANCELLED,
              ANY),
          step(
              RequestStatus.CONDITIONAL,
              RequestAction.ACCEPT_CONDITIONS,
              Party.REQUESTER,
              RequestStatus.APPROVED,
              ANY),
          step(
              RequestStatus.CONDITIONAL,
              RequestAction.DECLINE,
              Party.REQUESTER,
              RequestStatus.DECLINED,
              ANY),
          step(
              RequestStatus.APPROVED,
              RequestAction.SHIP,
              Party.OWNER,
              RequestStatus.IN_TRANSIT,
              PHYSICAL),
          step(
              RequestStatus.APPROVED,
              RequestAction.COMPLETE,
              Party.OWNER,
              RequestStatus.COMPLETED,
              NOT_PHYSICAL),
          step(
              RequestStatus.APPROVED,
              RequestAction.CANCEL,
              Party.REQUESTER,
              RequestStatus.CANCELLED,
              ANY),
          step(
              RequestStatus.IN_TRANSIT,
              RequestAction.RECEIVE,
              Party.REQUESTER,
              RequestStatus.ON_LOAN,
              PHYSICAL),
          step(
              RequestStatus.ON_LOAN,
              RequestAction.RETURN,
              Party.REQUESTER,
              RequestStatus.RETURNING,
              PHYSICAL),
          step(
              RequestStatus.RETURNING,
              RequestAction.CONFIRM_RETURN,
              Party.OWNER,
              RequestStatus.RETURNED,
              PHYSICAL),
          step(
              RequestStatus.RETURNED,
              RequestAction.CLOSE,
              Party.OWNER,
              RequestStatus.CLOSED,
              PHYSICAL));

  private RequestStateMachine() {}

  private static Step step(
      RequestStatus from,
      RequestAction action,
      Party by,
      RequestStatus to,
      List<Delivery> delivery) {
    return new Step(from, action, by, to, delivery);
  }

  /**
   * The state {@code action} by {@code party} leads to, or the problem that refuses it.
   *
   * @param frozen whether either member is suspended
   */
  public static RequestStatus next(
      RequestStatus state, RequestAction action, Party party, Delivery delivery, boolean frozen) {
    Step step =
        STEPS.stream().filter(s -> s.applies(state, action, delivery)).findFirst().orElse(null);
    if (step == null) {
      throw ProblemException.conflict(
          "Cannot "
              + action.path()
              + " a request that is "
              + state
              + "; allowed: "
              + allowed(state, delivery));
    }
    if (step.by() != party) {
      throw ProblemException.forbidden(
          "Only the " + step.by().name().toLowerCase(Locale.ROOT) + " may " + action.path());
    }
    if (frozen && !returnLeg(action)) {
      throw ProblemException.conflict(
          "The request is frozen while a member is suspended; only a loan's return goes on");
    }
    return step.to();
  }

  /** The actions allowed from {@code state}, each with who takes it, e.g. "approve (owner)". */
  public static String allowed(RequestStatus state, Delivery delivery) {
    String steps =
        STEPS.stream()
            .filter(s -> s.from() == state && s.deliveries().contains(delivery))
            .map(s -> s.action().path() + " (" + s.by().name().toLowerCase(Locale.ROOT) + ")")
            .collect(Collectors.joining(", "));
    return steps.isEmpty() ? "none" : steps;
  }

  /**
   * The actions {@code party} may take now, as path segments: those of its side the state allows,
   * only the return leg while frozen.
   */
  public static List<String> available(
      RequestStatus state, Delivery delivery, Party party, boolean frozen) {
    return STEPS.stream()
        .filter(s -> s.from() == state && s.by() == party && s.deliveries().contains(delivery))
        .map(Step::action)
        .filter(a -> !frozen || returnLeg(a))
        .map(RequestAction::path)
        .toList();
  }

  private static boolean returnLeg(RequestAction action) {
    return action == RequestAction.RETURN || action == RequestAction.CONFIRM_RETURN;
  }

  /** Whether a request in {@code state} is still open (not declined, cancelled, closed, done). */
  public static boolean open(RequestStatus state) {
    return switch (state) {
      case DECLINED, CANCELLED, CLOSED, COMPLETED -> false;
      default -> true;
    };
  }
}
