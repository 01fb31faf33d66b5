package org.gazetteer.alliance.request;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.request.Loans.BORROWER;
import static org.gazetteer.alliance.request.Loans.LENDER;
import static org.gazetteer.alliance.request.Loans.THIRD;
import static org.gazetteer.alliance.request.Loans.read;
import static org.gazetteer.alliance.request.Loans.requested;
import static org.gazetteer.alliance.request.Loans.step;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * A request's life against real PostgreSQL: each step by its side, the two sides' views of one
 * record, the timeline, the obligations that keep a returned loan open.
 */
@QuarkusTest
@AllianceTest
class RequestLifecycleTest {

  @Inject Mutiny.SessionFactory sessions;

  /**
   * Moves a request's days a month back, as if time had passed: nothing else makes a loan's last
   * day lie in the past (requests start today or later).
   */
  private void moveToThePast(String id) {
    sessions
        .withTransaction(
            s ->
                s.createNativeQuery(
                        "UPDATE share_request SET from_date = from_date - 40,"
                            + " to_date = to_date - 40 WHERE id = CAST(CAST(:id AS text) AS uuid)")
                    .setParameter("id", id)
                    .executeUpdate())
        .await()
        .atMost(Duration.ofSeconds(30));
  }

  @Test
  void aLoanWithConditionsGoesFromRequestToClosedOnceItsObligationsAreMet() {
    String resource = Loans.physical(2);
    String id = requested(BORROWER, resource, 2);

    read(BORROWER, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REQUESTED"))
        .body("side", equalTo("BORROWER"))
        .body("counterpart.code", equalTo("tst-museum"))
        .body("counterpart.name.zh", equalTo("测试方志馆"))
        .body("resource.title.zh", equalTo("借展测试资源"))
        .body("quantity", equalTo(2))
        .body("actions", contains("cancel"));
    read(LENDER, id)
        .then()
        .body("side", equalTo("LENDER"))
        .body("counterpart.code", equalTo("tst-branch"))
        .body("actions", contains("approve", "offer-conditions", "decline"));

    step(
            LENDER,
            id,
            "offer-conditions",
            Map.of(
                "conditions",
                List.of(
                    Map.of("kind", "NO_REPRODUCTION"),
                    Map.of("kind", "INSURANCE", "note", "保险金额人民币50万元"),
                    Map.of("kind", "CITATION")),
                "note",
                "请确认借展条件"))
        .then()
        .statusCode(200)
        .body("status", equalTo("CONDITIONAL"))
        .body("conditions.kind", contains("NO_REPRODUCTION", "INSURANCE", "CITATION"))
        .body("actions", empty());
    step(BORROWER, id, "accept-conditions")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("obligations.kind", contains("CONDITION_REPORT", "CITATION"))
        .body("obligations.metAt", everyItem(nullValue()));
    step(LENDER, id, "ship", Map.of("note", "顺丰 SF1234567890"))
        .then()
        .body("status", equalTo("IN_TRANSIT"));
    step(BORROWER, id, "receive").then().body("status", equalTo("ON_LOAN"));
    step(BORROWER, id, "return").then().body("status", equalTo("RETURNING"));
    step(LENDER, id, "confirm-return", Map.of("report", "完好无损"))
        .then()
        .statusCode(200)
        .body("status", equalTo("RETURNED"))
        .body("returnReport", equalTo("完好无损"))
        .body("obligations.find { it.kind == 'CONDITION_REPORT' }.metAt", notNullValue())
        .body("actions", contains("close"));

    step(LENDER, id, "close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("citation (requester)"));
    given()
        .header("Authorization", LENDER)
        .contentType(ContentType.JSON)
        .body(Map.of("note", "不是出借方的事"))
        .post("/api/alliance/requests/" + id + "/obligations/citation")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", BORROWER)
        .contentType(ContentType.JSON)
        .body(Map.of("note", "《嘉州旧志图录》第12页注明出处"))
        .post("/api/alliance/requests/" + id + "/obligations/citation")
        .then()
        .statusCode(200)
        .body("obligations.find { it.kind == 'CITATION' }.note", equalTo("《嘉州旧志图录》第12页注明出处"));
    step(LENDER, id, "close").then().statusCode(200).body("status", equalTo("CLOSED"));

    Response timeline = read(ADMIN, id);
    timeline
        .then()
        .body(
            "timeline.action",
            contains(
                "REQUEST",
                "OFFER_CONDITIONS",
                "ACCEPT_CONDITIONS",
                "SHIP",
                "RECEIVE",
                "RETURN",
                "CONFIRM_RETURN",
                "MEET_OBLIGATION",
                "CLOSE"))
        .body(
            "timeline.status",
            contains(
                "REQUESTED",
                "CONDITIONAL",
                "APPROVED",
                "IN_TRANSIT",
                "ON_LOAN",
                "RETURNING",
                "RETURNED",
                "RETURNED",
                "CLOSED"))
        .body("timeline[0].user", equalTo("curator.tst-branch"))
        .body("timeline[3].note", equalTo("顺丰 SF1234567890"))
        .body("side", nullValue())
        .body("actions", empty());
    // Each side sees who acted for it, not the other side's staff.
    read(LENDER, id)
        .then()
        .body("timeline.find { it.action == 'SHIP' }.user", equalTo("member.tst-museum"))
        .body("timeline.find { it.action == 'RECEIVE' }.user", nullValue())
        .body("timeline.find { it.action == 'RECEIVE' }.member", equalTo("tst-branch"));
  }

  @Test
  void aDigitalResourceIsCompletedAndNeverShipped() {
    String id = requested(BORROWER, Loans.digital(), null);
    step(LENDER, id, "approve").then().statusCode(200).body("obligations", empty());
    step(LENDER, id, "ship")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed: complete (owner), cancel (requester)"));
    step(LENDER, id, "complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
    step(BORROWER, id, "cancel").then().statusCode(409);
  }

  @Test
  void eachStepIsTakenOnlyByItsSide() {
    String id = requested(BORROWER, Loans.physical(1), null);
    step(BORROWER, id, "approve")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Only the owner may approve"));
    step(LENDER, id, "cancel").then().statusCode(403);
    step(ADMIN, id, "approve").then().statusCode(403);
    step(THIRD, id, "approve").then().statusCode(404);
    step(LENDER, id, "receive")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed: approve (owner), offer-conditions (owner)"));
    assertEquals("REQUESTED", Loans.status(id));
    step(BORROWER, id, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
    step(BORROWER, id, "cancel").then().statusCode(409);
  }

  @Test
  void onlyTheTwoSidesAndAdminsReadARequest() {
    String id = requested(BORROWER, Loans.digital(), null);
    read(THIRD, id).then().statusCode(404);
    read(ADMIN, id).then().statusCode(200);
    given().get("/api/alliance/requests/" + id).then().statusCode(401);
    read(org.gazetteer.alliance.AllianceFixtures.VISITOR, id).then().statusCode(404);
    read(TestTokens.bearer("staff.tst-branch", "tst-branch", "reading-room-staff"), id)
        .then()
        .statusCode(404);
    read(BORROWER, UUID.randomUUID().toString()).then().statusCode(404);
  }

  @Test
  void oneRecordIsTheLendersOutgoingAndTheBorrowersIncomingLoan() {
    String resource = Loans.physical(3);
    String id = requested(BORROWER, resource, null);
    given()
        .header("Authorization", LENDER)
        .queryParam("side", "lender")
        .queryParam("resource", resource)
        .get("/api/alliance/requests")
        .then()
        .statusCode(200)
        .body("items.id", contains(id))
        .body("items[0].side", equalTo("LENDER"));
    given()
        .header("Authorization", LENDER)
        .queryParam("side", "borrower")
        .queryParam("resource", resource)
        .get("/api/alliance/requests")
        .then()
        .body("items", empty());
    given()
        .header("Authorization", BORROWER)
        .queryParam("side", "borrower")
        .queryParam("status", "REQUESTED")
        .get("/api/alliance/requests")
        .then()
        .body("items.id", hasItem(id))
        .body("items.side", everyItem(equalTo("BORROWER")));
    given()
        .header("Authorization", THIRD)
        .queryParam("resource", resource)
        .get("/api/alliance/requests")
        .then()
        .body("items", empty());
    given()
        .header("Authorization", ADMIN)
        .queryParam("member", "tst-branch")
        .queryParam("side", "borrower")
        .queryParam("resource", resource)
        .get("/api/alliance/requests")
        .then()
        .body("items.id", contains(id));
    given()
        .header("Authorization", BORROWER)
        .queryParam("member", "tst-museum")
        .get("/api/alliance/requests")
        .then()
        .statusCode(200)
        .body("items", empty());
    given()
        .header("Authorization", org.gazetteer.alliance.AllianceFixtures.VISITOR)
        .get("/api/alliance/requests")
        .then()
        .statusCode(200)
        .body("items", empty());
    given()
        .header("Authorization", BORROWER)
        .queryParam("side", "sideways")
        .get("/api/alliance/requests")
        .then()
        .statusCode(400);
  }

  @Test
  void aRetriedRequestWithItsKeyGetsTheFirstAnswer() {
    Map<String, Object> body = Loans.ask(Loans.digital(), Loans.day(3), Loans.day(4), null);
    String key = "retry-" + UUID.randomUUID();
    String first =
        given()
            .header("Authorization", BORROWER)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/alliance/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", BORROWER)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/requests")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(first));
    given()
        .header("Authorization", BORROWER)
        .queryParam("resource", body.get("resource"))
        .get("/api/alliance/requests")
        .then()
        .body("items.id", contains(first));
  }

  @Test
  void aLoanStillOutAfterItsLastDayIsOverdue() {
    String id = requested(BORROWER, Loans.physical(1), null);
    step(LENDER, id, "approve").then().statusCode(200);
    step(LENDER, id, "ship").then().statusCode(200);
    read(BORROWER, id).then().body("overdue", equalTo(false));
    moveToThePast(id);
    read(BORROWER, id).then().body("overdue", equalTo(true));
    given()
        .header("Authorization", LENDER)
        .queryParam("overdue", true)
        .get("/api/alliance/requests")
        .then()
        .body("items.id", hasItem(id))
        .body("items.overdue", not(hasItem(false)));
  }
}
