package org.gazetteer.alliance.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of state, action, party and delivery against the workflow table, written out
 * here on its own: the allowed ones lead where the table says, a step by the other party is a 403,
 * everything else a 409 naming what is allowed; a frozen request moves only on its return leg.
 */
class RequestStateMachineTest {

  /** The workflow, restated: from, action, party, to, and for which deliveries ("P", "D", "S"). */
  private static final List<Object[]> TABLE =
      List.of(
          row("REQUESTED", "APPROVE", "OWNER", "APPROVED", "PDS"),
          row("REQUESTED", "OFFER_CONDITIONS", "OWNER", "CONDITIONAL", "PDS"),
          row("REQUESTED", "DECLINE", "OWNER", "DECLINED", "PDS"),
          row("REQUESTED", "CANCEL", "REQUESTER", "CANCELLED", "PDS"),
          row("CONDITIONAL", "ACCEPT_CONDITIONS", "REQUESTER", "APPROVED", "PDS"),
          row("CONDITIONAL", "DECLINE", "REQUESTER", "DECLINED", "PDS"),
          row("APPROVED", "SHIP", "OWNER", "IN_TRANSIT", "P"),
          row("APPROVED", "COMPLETE", "OWNER", "COMPLETED", "DS"),
          row("APPROVED", "CANCEL", "REQUESTER", "CANCELLED", "PDS"),
          row("IN_TRANSIT", "RECEIVE", "REQUESTER", "ON_LOAN", "P"),
          row("ON_LOAN", "RETURN", "REQUESTER", "RETURNING", "P"),
          row("RETURNING", "CONFIRM_RETURN", "OWNER", "RETURNED", "P"),
          row("RETURNED", "CLOSE", "OWNER", "CLOSED", "P"));

  private static Object[] row(String from, String action, String by, String to, String deliveries) {
    return new Object[] {from, action, by, to, deliveries};
  }

  private static final Map<Delivery, String> LETTER =
      Map.of(Delivery.PHYSICAL, "P", Delivery.DIGITAL, "D", Delivery.SERVICE, "S");

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (RequestStatus state : RequestStatus.values()) {
      for (RequestAction action : RequestAction.values()) {
        for (Party party : Party.values()) {
          for (Delivery delivery : Delivery.values()) {
            all.add(Arguments.of(state, action, party, delivery));
          }
        }
      }
    }
    return all.stream();
  }

  private static Object[] rule(RequestStatus state, RequestAction action, Delivery delivery) {
    return TABLE.stream()
        .filter(
            r ->
                r[0].equals(state.name())
                    && r[1].equals(action.name())
                    && ((String) r[4]).contains(LETTER.get(delivery)))
        .findFirst()
        .orElse(null);
  }

  @ParameterizedTest(name = "{0} {1} by {2} ({3})")
  @MethodSource("everyCombination")
  void eachStepIsAllowedOnlyAsTheTableSays(
      RequestStatus state, RequestAction action, Party party, Delivery delivery) {
    Object[] rule = rule(state, action, delivery);
    if (rule == null) {
      ProblemException e =
          assertThrows(
              ProblemException.class,
              () -> RequestStateMachine.next(state, action, party, delivery, false));
      assertEquals(ProblemType.CONFLICT, e.type());
      assertTrue(e.getMessage().contains("allowed: "), e.getMessage());
    } else if (!rule[2].equals(party.name())) {
      ProblemException e =
          assertThrows(
              ProblemException.class,
              () -> RequestStateMachine.next(state, action, party, delivery, false));
      assertEquals(ProblemType.FORBIDDEN, e.type());
    } else {
      assertEquals(
          RequestStatus.valueOf((String) rule[3]),
          RequestStateMachine.next(state, action, party, delivery, false));
    }
  }

  @ParameterizedTest(name = "frozen: {0} {1} by {2} ({3})")
  @MethodSource("everyCombination")
  void aFrozenRequestMovesOnlyOnItsReturnLeg(
      RequestStatus state, RequestAction action, Party party, Delivery delivery) {
    Object[] rule = rule(state, action, delivery);
    boolean allowed = rule != null && rule[2].equals(party.name());
    boolean returnLeg = action == RequestAction.RETURN || action == RequestAction.CONFIRM_RETURN;
    if (allowed && returnLeg) {
      assertEquals(
          RequestStatus.valueOf((String) rule[3]),
          RequestStateMachine.next(state, action, party, delivery, true));
    } else {
      assertThrows(
          ProblemException.class,
          () -> RequestStateMachine.next(state, action, party, delivery, true));
    }
  }

  @Test
  void theActionsOfferedToASideAreExactlyThoseItMayTake() {
    for (RequestStatus state : RequestStatus.values()) {
      for (Delivery delivery : Delivery.values()) {
        for (Party party : Party.values()) {
          for (boolean frozen : new boolean[] {false, true}) {
            List<String> takes = new ArrayList<>();
            for (RequestAction action : RequestAction.values()) {
              try {
                RequestStateMachine.next(state, action, party, delivery, frozen);
                takes.add(action.path());
              } catch (ProblemException refused) {
                // not offered
              }
            }
            assertEquals(
                takes,
                RequestStateMachine.available(state, delivery, party, frozen),
                state + " " + delivery + " " + party + (frozen ? " frozen" : ""));
          }
        }
      }
    }
  }

  @Test
  void theAllowedActionsAreNamedWithWhoTakesThem() {
    assertEquals(
        "approve (owner), offer-conditions (owner), decline (owner), cancel (requester)",
        RequestStateMachine.allowed(RequestStatus.REQUESTED, Delivery.PHYSICAL));
    assertEquals(
        "complete (owner), cancel (requester)",
        RequestStateMachine.allowed(RequestStatus.APPROVED, Delivery.DIGITAL));
    assertEquals("none", RequestStateMachine.allowed(RequestStatus.CLOSED, Delivery.PHYSICAL));
  }

  @Test
  void onlyDeclinedCancelledClosedAndCompletedRequestsAreOver() {
    for (RequestStatus state : RequestStatus.values()) {
      boolean over =
          state == RequestStatus.DECLINED
              || state == RequestStatus.CANCELLED
              || state == RequestStatus.CLOSED
              || state == RequestStatus.COMPLETED;
      assertEquals(!over, RequestStateMachine.open(state), state.name());
    }
  }
}
