package org.gazetteer.alliance.request;

import static org.gazetteer.alliance.request.Loans.BORROWER;
import static org.gazetteer.alliance.request.Loans.LENDER;
import static org.gazetteer.alliance.request.Loans.THIRD;
import static org.gazetteer.alliance.request.Loans.ask;
import static org.gazetteer.alliance.request.Loans.day;
import static org.gazetteer.alliance.request.Loans.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.Crowd;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * On every day, the items of a physical resource that requests from APPROVED to RETURNING hold
 * never exceed its quantity: checked when approving and accepting conditions, and held by the
 * database when approvals race.
 */
@QuarkusTest
@AllianceTest
class RequestHoldingsTest {

  @TestHTTPResource("/api/alliance/requests")
  URI requests;

  private static String requested(String token, String resource, int from, int to, int quantity) {
    return Loans.request(token, ask(resource, day(from), day(to), quantity))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void ofConcurrentApprovalsOfTheSameDaysOnlyThoseThatFitPass() throws Exception {
    String resource = Loans.physical(2);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String borrower =
          TestTokens.bearer(
              "curator.race" + i, i % 2 == 0 ? "tst-branch" : "tst-library", "curator");
      ids.add(requested(borrower, resource, 5 + i, 15 + i, 1));
    }
    List<HttpRequest> approvals = new ArrayList<>();
    for (String id : ids) {
      approvals.add(Crowd.post(URI.create(requests + "/" + id + "/approve"), LENDER, null, "{}"));
    }
    List<HttpResponse<String>> answers = Crowd.send(approvals);

    long approved = answers.stream().filter(a -> a.statusCode() == 200).count();
    long refused = answers.stream().filter(a -> a.statusCode() == 409).count();
    assertEquals(2, approved, () -> answers.stream().map(HttpResponse::body).toList().toString());
    assertEquals(4, refused);
    long held = ids.stream().filter(id -> "APPROVED".equals(Loans.status(id))).count();
    assertEquals(2, held, "what the answers said is what the database holds");
  }

  @Test
  void anApprovalThatDoesNotFitNamesTheFirstFullDay() {
    String resource = Loans.physical(3);
    String first = requested(BORROWER, resource, 10, 20, 2);
    step(LENDER, first, "approve").then().statusCode(200);
    String overlapping = requested(THIRD, resource, 18, 25, 2);
    step(LENDER, overlapping, "approve")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("On " + day(18) + " approved requests hold 2 of 3 items"));
    assertEquals("REQUESTED", Loans.status(overlapping));

    String after = requested(THIRD, resource, 21, 25, 3);
    step(LENDER, after, "approve").then().statusCode(200);
    String alongside = requested(THIRD, resource, 10, 20, 1);
    step(LENDER, alongside, "approve").then().statusCode(200);
  }

  @Test
  void acceptingConditionsIsCheckedLikeAnApprovalAndCancellingFreesTheDays() {
    String resource = Loans.physical(1);
    String conditional = requested(BORROWER, resource, 30, 40, 1);
    step(
            LENDER,
            conditional,
            "offer-conditions",
            Map.of("conditions", List.of(Map.of("kind", "SUPERVISED_USE"))))
        .then()
        .statusCode(200);
    String approved = requested(THIRD, resource, 35, 36, 1);
    step(LENDER, approved, "approve").then().statusCode(200);

    step(BORROWER, conditional, "accept-conditions").then().statusCode(409);
    assertEquals("CONDITIONAL", Loans.status(conditional));

    step(THIRD, approved, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
    step(BORROWER, conditional, "accept-conditions")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
  }

  @Test
  void aReturnedLoanFreesItsDays() {
    String resource = Loans.physical(1);
    String lent = requested(BORROWER, resource, 50, 60, 1);
    step(LENDER, lent, "approve").then().statusCode(200);
    String next = requested(THIRD, resource, 55, 56, 1);
    step(LENDER, next, "approve").then().statusCode(409);
    for (String[] s :
        new String[][] {{LENDER, "ship"}, {BORROWER, "receive"}, {BORROWER, "return"}}) {
      step(s[0], lent, s[1]).then().statusCode(200);
    }
    step(LENDER, next, "approve").then().statusCode(409);
    step(LENDER, lent, "confirm-return").then().statusCode(200);
    step(LENDER, next, "approve").then().statusCode(200);
  }
}
