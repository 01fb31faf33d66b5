package org.gazetteer.alliance.request;

import static org.gazetteer.alliance.request.Loans.LENDER;
import static org.gazetteer.alliance.request.Loans.decide;
import static org.gazetteer.alliance.request.Loans.read;
import static org.gazetteer.alliance.request.Loans.requested;
import static org.gazetteer.alliance.request.Loans.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.gazetteer.alliance.AllianceTest;
import org.junit.jupiter.api.Test;

/**
 * Suspending a member freezes its open requests, except the return leg of a loan already out;
 * reinstating it lets them go on.
 */
@QuarkusTest
@AllianceTest
class RequestSuspensionTest {

  @Test
  void aSuspendedBorrowerStillReturnsWhatItHasAndNothingElseMoves() {
    Loans.Member borrower = Loans.newMember();
    String out = requested(borrower.token(), Loans.physical(1), null);
    step(LENDER, out, "approve").then().statusCode(200);
    step(LENDER, out, "ship").then().statusCode(200);
    step(borrower.token(), out, "receive").then().statusCode(200);
    String waiting = requested(borrower.token(), Loans.digital(), null);

    decide(borrower.code(), "suspend");

    step(LENDER, waiting, "approve")
        .then()
        .statusCode(409)
        .body("detail", containsString("frozen"));
    read(LENDER, waiting).then().body("actions", empty());
    read(borrower.token(), out).then().statusCode(200).body("actions", contains("return"));
    step(borrower.token(), out, "return").then().statusCode(200);
    step(LENDER, out, "confirm-return").then().statusCode(200).body("status", equalTo("RETURNED"));
    step(LENDER, out, "close").then().statusCode(409).body("detail", containsString("frozen"));
    Loans.request(borrower.token(), Loans.ask(Loans.digital(), Loans.day(1), Loans.day(2), null))
        .then()
        .statusCode(403);

    decide(borrower.code(), "reinstate");

    step(LENDER, waiting, "approve").then().statusCode(200);
    step(LENDER, out, "close")
        .then()
        .statusCode(409)
        .body("detail", containsString("condition-report"));
  }
}
