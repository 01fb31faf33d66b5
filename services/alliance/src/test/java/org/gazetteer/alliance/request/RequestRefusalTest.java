package org.gazetteer.alliance.request;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.request.Loans.BORROWER;
import static org.gazetteer.alliance.request.Loans.LENDER;
import static org.gazetteer.alliance.request.Loans.ask;
import static org.gazetteer.alliance.request.Loans.day;
import static org.gazetteer.alliance.request.Loans.request;
import static org.gazetteer.alliance.request.Loans.requested;
import static org.gazetteer.alliance.request.Loans.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.gazetteer.alliance.AllianceFixtures;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests and steps are a clear problem+json and change nothing: the borrower's requests for
 * the resource stay as they were, the request's state and version too.
 */
@QuarkusTest
@AllianceTest
class RequestRefusalTest {

  /** The resources the refusals are about, made once the application listens (lazily). */
  private static final Map<String, String> made = new HashMap<>();

  private static String made(String name) {
    if (made.isEmpty()) {
      made.put("physical", Loans.physical(2));
      made.put("private", Loans.publish(Loans.resource("VENUE", "SERVICE", "PRIVATE")));
      made.put("service", Loans.publish(Loans.resource("EXPERT", "SERVICE", "ALLIANCE")));
      made.put(
          "windowed",
          Loans.publish(
              with(
                  with(Loans.resource("PUBLICATION", "PHYSICAL", "PUBLIC"), "quantity", 1),
                  "availability",
                  List.of(Map.of("from", day(100), "to", day(200))))));
    }
    return made.get(name);
  }

  /** A request body made when the test runs. */
  private interface Body extends Supplier<Map<String, Object>> {}

  private static Body good() {
    return () -> ask(made("physical"), day(1), day(5), 1);
  }

  private static Body good(String key, Object value) {
    return () -> with(good().get(), key, value);
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(key, value);
    return changed;
  }

  static List<Arguments> badRequests() {
    return List.of(
        Arguments.of("own resource", LENDER, good(), 422, "its own resource"),
        Arguments.of("a day in the past", BORROWER, good("from", day(-1)), 400, "from"),
        Arguments.of("reversed days", BORROWER, good("to", day(0)), 400, "to"),
        Arguments.of("a year apart", BORROWER, good("to", day(367)), 400, "to"),
        Arguments.of(
            "unknown resource",
            BORROWER,
            good("resource", UUID.randomUUID().toString()),
            422,
            "No shared resource"),
        Arguments.of(
            "another's private resource",
            BORROWER,
            (Body) () -> with(good().get(), "resource", made("private")),
            422,
            "No shared resource"),
        Arguments.of("more than it has", BORROWER, good("quantity", 3), 422, "has 2 items"),
        Arguments.of("no quantity", BORROWER, good("quantity", 0), 400, "quantity"),
        Arguments.of(
            "a quantity of a service",
            BORROWER,
            (Body) () -> ask(made("service"), day(1), day(2), 1),
            400,
            "quantity"),
        Arguments.of(
            "outside its windows",
            BORROWER,
            (Body) () -> ask(made("windowed"), day(90), day(110), 1),
            422,
            "not available"),
        Arguments.of("no purpose", BORROWER, good("purpose", " "), 400, "purpose"),
        Arguments.of("a control character", BORROWER, good("purpose", "借展\u0007"), 400, "control"),
        Arguments.of(
            "a suspended member",
            TestTokens.bearer("member.tst-suspended", "tst-suspended", "alliance-member"),
            good(),
            403,
            "SUSPENDED"),
        Arguments.of("an admin", ADMIN, good(), 403, "alliance members or curators"),
        Arguments.of(
            "a reading-room user",
            TestTokens.bearer("staff.tst-branch", "tst-branch", "reading-room-staff"),
            good(),
            403,
            "alliance members or curators"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void aBadRequestIsRefusedAndNothingIsRequested(
      String what, String token, Body made, int status, String detail) {
    Map<String, Object> body = made.get();
    int before = count(body.get("resource"));
    request(token, body)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body(containsString(detail));
    assertEquals(before, count(body.get("resource")));
  }

  /** How many requests, of anyone's, the admin sees for the resource. */
  private static int count(Object resource) {
    return given()
        .header("Authorization", ADMIN)
        .queryParam("resource", resource)
        .queryParam("limit", 100)
        .get("/api/alliance/requests")
        .then()
        .statusCode(200)
        .extract()
        .path("items.size()");
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    given()
        .contentType(ContentType.JSON)
        .body(ask(made("physical"), day(1), day(2), 1))
        .post("/api/alliance/requests")
        .then()
        .statusCode(401);
    given().get("/api/alliance/requests").then().statusCode(401);
  }

  @Test
  void badStepsChangeNothing() {
    String id = requested(BORROWER, made("physical"), 1);
    long version = version(id);
    step(LENDER, id, "approve", Map.of("conditions", List.of(Map.of("kind", "COURIER"))))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("conditions"));
    step(LENDER, id, "offer-conditions").then().statusCode(400);
    step(LENDER, id, "offer-conditions", Map.of("conditions", List.of())).then().statusCode(400);
    step(LENDER, id, "offer-conditions", Map.of("conditions", List.of(Map.of("kind", "INSURANCE"))))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("conditions[0].note"));
    step(LENDER, id, "approve", Map.of("report", "完好")).then().statusCode(400);
    step(LENDER, id, "approve", Map.of("nope", 1)).then().statusCode(400);
    step(LENDER, id, "teleport").then().statusCode(404);
    given()
        .header("Authorization", LENDER)
        .header("If-Match", "\"" + (version + 5) + "\"")
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/alliance/requests/" + id + "/approve")
        .then()
        .statusCode(412);
    assertEquals(version, version(id));
    assertEquals("REQUESTED", Loans.status(id));

    step(LENDER, id, "approve").then().statusCode(200);
    step(LENDER, id, "approve")
        .then()
        .statusCode(409)
        .body("detail", containsString("Cannot approve a request that is APPROVED"));
    assertEquals(version + 1, version(id));
  }

  @Test
  void aResourceWithOpenRequestsKeepsItsScopeAndEnoughItems() {
    Map<String, Object> body = Loans.resource("EXHIBIT_FOR_LOAN", "PHYSICAL", "ALLIANCE");
    body.put("quantity", 2);
    String resource = Loans.publish(body);
    String id = requested(BORROWER, resource, 2);
    step(LENDER, id, "approve").then().statusCode(200);

    put(resource, with(body, "scope", "PRIVATE"), 0)
        .then()
        .statusCode(409)
        .body("detail", containsString("open requests"));
    put(resource, with(body, "quantity", 1), 0)
        .then()
        .statusCode(409)
        .body("detail", containsString("more items"));
    put(resource, with(body, "quantity", 3), 0).then().statusCode(200);
    given()
        .get("/api/alliance/resources/" + resource)
        .then()
        .statusCode(404); // ALLIANCE: anonymous callers never saw it
    given()
        .header("Authorization", BORROWER)
        .get("/api/alliance/resources/" + resource)
        .then()
        .body("scope", equalTo("ALLIANCE"))
        .body("quantity", equalTo(3));

    step(BORROWER, id, "cancel").then().statusCode(200);
    put(resource, with(with(body, "scope", "PRIVATE"), "quantity", 3), 1).then().statusCode(200);
  }

  private static io.restassured.response.Response put(
      String resource, Map<String, Object> body, long version) {
    return given()
        .header("Authorization", LENDER)
        .header("If-Match", "\"" + version + "\"")
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/alliance/resources/" + resource);
  }

  private static long version(String id) {
    return ((Number)
            Loans.read(AllianceFixtures.ADMIN, id).then().statusCode(200).extract().path("version"))
        .longValue();
  }
}
