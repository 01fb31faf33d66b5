package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.gazetteer.deploy.NetworkFixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alliance end to end through the gateway with Keycloak tokens: curator.chengdu lends one of
 * Chengdu's published exhibits (checked with the real museums service), member.leshan borrows it,
 * with conditions on the way, until the loan is closed; the admin's statistics gather the real
 * services' figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.Resolver.class)
class AllianceNetworkIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private String api;
  private String chengdu;
  private String leshan;
  private String admin;

  @BeforeAll
  void tokens(SharedNetwork network) {
    api = network.api();
    chengdu = network.bearer("curator.chengdu");
    leshan = network.bearer("member.leshan");
    admin = network.bearer("admin");
  }

  private Response step(String token, String request, String action, Map<String, Object> body) {
    return post(api + "/alliance/requests/" + request + "/" + action, token, body);
  }

  @Test
  void aLoanWithConditionsGoesFromRequestToClosed() {
    String exhibit =
        given()
            .get(api + "/exhibits?museum=chengdu&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    String resource =
        post(
                api + "/alliance/resources",
                chengdu,
                Map.of(
                    "kind",
                    "EXHIBIT_FOR_LOAN",
                    "title",
                    Map.of("zh", "端到端借展：成都馆藏"),
                    "scope",
                    "ALLIANCE",
                    "delivery",
                    "PHYSICAL",
                    "quantity",
                    1,
                    "source",
                    Map.of("type", "EXHIBIT", "id", exhibit)))
            .then()
            .statusCode(201)
            .body("source.title.zh", notNullValue())
            .extract()
            .path("id");
    LocalDate from = LocalDate.now(SHANGHAI).plusDays(7);
    String request =
        given()
            .header("Authorization", leshan)
            .header("Idempotency-Key", "e2e-loan-" + resource.substring(0, 8))
            .contentType("application/json")
            .body(
                Map.of(
                    "resource",
                    resource,
                    "purpose",
                    "乐山方志馆专题展借展",
                    "from",
                    from.toString(),
                    "to",
                    from.plusDays(30).toString()))
            .post(api + "/alliance/requests")
            .then()
            .statusCode(201)
            .body("status", equalTo("REQUESTED"))
            .body("side", equalTo("BORROWER"))
            .body("counterpart.code", equalTo("chengdu"))
            .extract()
            .path("id");

    given()
        .header("Authorization", chengdu)
        .get(api + "/alliance/requests?side=lender&status=REQUESTED&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(request))
        .body("items.side", everyItem(equalTo("LENDER")));

    step(
            chengdu,
            request,
            "offer-conditions",
            Map.of(
                "conditions",
                List.of(
                    Map.of("kind", "SUPERVISED_USE"),
                    Map.of("kind", "INSURANCE", "note", "保险金额人民币20万元"),
                    Map.of("kind", "CITATION"))))
        .then()
        .statusCode(200)
        .body("status", equalTo("CONDITIONAL"));
    step(leshan, request, "accept-conditions", Map.of()).then().body("status", equalTo("APPROVED"));
    step(chengdu, request, "ship", Map.of("note", "专人押运"))
        .then()
        .body("status", equalTo("IN_TRANSIT"));
    step(leshan, request, "receive", Map.of()).then().body("status", equalTo("ON_LOAN"));
    step(leshan, request, "return", Map.of()).then().body("status", equalTo("RETURNING"));
    step(chengdu, request, "confirm-return", Map.of("report", "完好，无新增损伤"))
        .then()
        .body("status", equalTo("RETURNED"));
    step(chengdu, request, "close", Map.of()).then().statusCode(409);
    post(
            api + "/alliance/requests/" + request + "/obligations/citation",
            leshan,
            Map.of("note", "展览图录第8页注明“成都方志馆藏”"))
        .then()
        .statusCode(200);
    step(chengdu, request, "close", Map.of())
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    given()
        .header("Authorization", leshan)
        .get(api + "/alliance/requests/" + request)
        .then()
        .statusCode(200)
        .body("side", equalTo("BORROWER"))
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
                "CLOSE"));
    given()
        .header("Authorization", admin)
        .get(api + "/alliance/requests/" + request)
        .then()
        .statusCode(200)
        .body("timeline[0].user", equalTo("member.leshan"));
  }

  @Test
  void theStatisticsGatherEveryServicesFigures() {
    given()
        .header("Authorization", admin)
        .get(api + "/alliance/stats")
        .then()
        .statusCode(200)
        .body("sources.ok", contains(true, true, true))
        .body("network.museums.museums", greaterThan(0))
        .body("network.readingRooms.rooms", greaterThan(0))
        .body("network.events.year", equalTo(LocalDate.now(SHANGHAI).getYear()))
        .body("members.byStatus.APPROVED", greaterThan(0));
    given().header("Authorization", leshan).get(api + "/alliance/stats").then().statusCode(403);
  }
}
