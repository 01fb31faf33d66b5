package org.gazetteer.alliance.request;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokens;
import org.gazetteer.common.time.Clocks;

/** The members, resources and calls the request tests share. */
final class Loans {

  /** Lends: the owner of every resource these tests publish. */
  static final String LENDER =
      TestTokens.bearer("member.tst-museum", "tst-museum", "alliance-member");

  /** Borrows. */
  static final String BORROWER = TestTokens.bearer("curator.tst-branch", "tst-branch", "curator");

  /** A third approved member, party to none of the requests. */
  static final String THIRD =
      TestTokens.bearer("member.tst-library", "tst-library", "alliance-member");

  private Loans() {}

  /** Today plus {@code days}, in the network's time zone. */
  static String day(int days) {
    return LocalDate.now(Clocks.NETWORK_ZONE).plusDays(days).toString();
  }

  /** A physical ALLIANCE resource of the lender's with {@code quantity} items; its id. */
  static String physical(int quantity) {
    Map<String, Object> body = resource("EXHIBIT_FOR_LOAN", "PHYSICAL", "ALLIANCE");
    body.put("quantity", quantity);
    return publish(body);
  }

  /** A digital ALLIANCE collection of the lender's; its id. */
  static String digital() {
    return publish(resource("DIGITAL_COLLECTION", "DIGITAL", "ALLIANCE"));
  }

  static Map<String, Object> resource(String kind, String delivery, String scope) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("title", Map.of("zh", "借展测试资源", "en", "Loan test resource"));
    body.put("scope", scope);
    body.put("delivery", delivery);
    return body;
  }

  static String publish(Map<String, Object> body) {
    return given()
        .header("Authorization", LENDER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/resources")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Map<String, Object> ask(String resource, String from, String to, Integer quantity) {
    Map<String, Object> body = new HashMap<>();
    body.put("resource", resource);
    body.put("purpose", "专题展借展");
    body.put("from", from);
    body.put("to", to);
    if (quantity != null) {
      body.put("quantity", quantity);
    }
    return body;
  }

  static Response request(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/requests");
  }

  /** The borrower's request for {@code quantity} of a resource on days 10–20; its id. */
  static String requested(String token, String resource, Integer quantity) {
    return request(token, ask(resource, day(10), day(20), quantity))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response step(String token, String request, String action) {
    return step(token, request, action, Map.of());
  }

  static Response step(String token, String request, String action, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/requests/" + request + "/" + action);
  }

  static Response read(String token, String request) {
    return given().header("Authorization", token).get("/api/alliance/requests/" + request);
  }

  /** The request's state as the admin reads it. */
  static String status(String request) {
    return read(ADMIN, request).then().statusCode(200).extract().path("status");
  }

  /** A member institution the test made, and a token of its alliance member. */
  record Member(String code, String token) {}

  /** A new institution, applied and approved. */
  static Member newMember() {
    String code = "inst-" + UUID.randomUUID().toString().substring(0, 8);
    String token = TestTokens.bearer("member." + code, code, "alliance-member");
    given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", Map.of("zh", "新成员馆"),
                "type", "LIBRARY",
                "division", "510104",
                "statement", "申请加入联盟"))
        .post("/api/alliance/members")
        .then()
        .statusCode(201);
    decide(code, "approve");
    return new Member(code, token);
  }

  /** An admin's decision on a member: approve, suspend (with a reason), reinstate. */
  static void decide(String code, String action) {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "测试"))
        .post("/api/alliance/members/" + code + "/" + action)
        .then()
        .statusCode(200);
  }
}
