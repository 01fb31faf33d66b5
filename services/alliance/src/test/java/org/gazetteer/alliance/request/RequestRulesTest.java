package org.gazetteer.alliance.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Overdue loans and the obligations that keep a returned loan open, without a database. */
class RequestRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2027, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);

  private static ShareRequest loan(RequestStatus status, LocalDate to, Delivery delivery) {
    ShareRequest r = new ShareRequest();
    r.status = status;
    r.delivery = delivery;
    r.from = to.minusDays(5);
    r.to = to;
    return r;
  }

  @ParameterizedTest
  @EnumSource(RequestStatus.class)
  void onlyAPhysicalLoanStillOutAfterItsLastDayIsOverdue(RequestStatus status) {
    boolean out = status == RequestStatus.IN_TRANSIT || status == RequestStatus.ON_LOAN;
    assertEquals(
        out, RequestRules.overdue(loan(status, TODAY.minusDays(1), Delivery.PHYSICAL), TODAY));
    assertFalse(
        RequestRules.overdue(loan(status, TODAY, Delivery.PHYSICAL), TODAY), "the last day");
    assertFalse(RequestRules.overdue(loan(status, TODAY.minusDays(1), Delivery.DIGITAL), TODAY));
  }

  @Test
  void aPhysicalLoanOwesAConditionReportAndACitationWhenOneWasAskedFor() {
    assertEquals(
        List.of(Obligation.open(ObligationKind.CONDITION_REPORT)),
        RequestRules.obligations(
            Delivery.PHYSICAL, List.of(new Condition(ConditionKind.COURIER, null))));
    assertEquals(
        List.of(
            Obligation.open(ObligationKind.CONDITION_REPORT),
            Obligation.open(ObligationKind.CITATION)),
        RequestRules.obligations(
            Delivery.PHYSICAL, List.of(new Condition(ConditionKind.CITATION, null))));
    assertEquals(
        List.of(),
        RequestRules.obligations(
            Delivery.SERVICE, List.of(new Condition(ConditionKind.CITATION, null))));
  }

  @Test
  void anObligationIsMetOnceByItsSideWhenItIsDue() {
    ShareRequest r = loan(RequestStatus.ON_LOAN, TODAY, Delivery.PHYSICAL);
    r.obligations =
        new StoredObligations(
            RequestRules.obligations(
                Delivery.PHYSICAL, List.of(new Condition(ConditionKind.CITATION, null))));
    assertThrows(ProblemException.class, () -> RequestRules.requireMet(r));
    assertThrows(
        ProblemException.class,
        () -> RequestRules.meet(r, ObligationKind.CITATION, Party.OWNER, "x", NOW));
    assertThrows(
        ProblemException.class,
        () -> RequestRules.meet(r, ObligationKind.CONDITION_REPORT, Party.OWNER, "x", NOW),
        "a condition report waits for the return");

    r.obligations =
        new StoredObligations(
            RequestRules.meet(r, ObligationKind.CITATION, Party.REQUESTER, "p. 12", NOW));
    assertTrue(r.obligations.items().get(1).met());
    assertThrows(
        ProblemException.class,
        () -> RequestRules.meet(r, ObligationKind.CITATION, Party.REQUESTER, "again", NOW));

    r.status = RequestStatus.RETURNED;
    r.obligations =
        new StoredObligations(
            RequestRules.meet(r, ObligationKind.CONDITION_REPORT, Party.OWNER, "完好", NOW));
    RequestRules.requireMet(r);
  }

  @Test
  void aLoanOwingNothingOfAKindSaysSo() {
    ShareRequest r = loan(RequestStatus.RETURNED, TODAY, Delivery.PHYSICAL);
    r.obligations = new StoredObligations(RequestRules.obligations(Delivery.PHYSICAL, List.of()));
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> RequestRules.meet(r, ObligationKind.CITATION, Party.REQUESTER, "x", NOW));
    assertEquals(404, e.type().status());
  }
}
