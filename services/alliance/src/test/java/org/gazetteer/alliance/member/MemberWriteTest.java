package org.gazetteer.alliance.member;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.AllianceFixtures.VISITOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Institutions apply; admins approve, reject, suspend and reinstate; every step is audited. */
@QuarkusTest
@AllianceTest
class MemberWriteTest {

  /** A new institution code and a token of one of its alliance members. */
  private record Applicant(String code, String token) {
    static Applicant fresh(String role) {
      String code = "inst-" + UUID.randomUUID().toString().substring(0, 8);
      return new Applicant(code, TestTokens.bearer("member." + code, code, role));
    }
  }

  private static Map<String, Object> application(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", Map.of("zh", name));
    body.put("type", "LIBRARY");
    body.put("division", "511102");
    body.put("contact", Map.of("phone", "0833-1234567", "website", "https://lib.example.org"));
    body.put("statement", "共建共享地方文献");
    return body;
  }

  private static Response apply(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/alliance/members");
  }

  private static Response act(String code, String action, String reason) {
    var request = given().header("Authorization", ADMIN);
    if (reason != null) {
      request.contentType(ContentType.JSON).body(Map.of("reason", reason));
    }
    return request.post("/api/alliance/members/" + code + "/" + action);
  }

  @Test
  void anInstitutionAppliesAndSeesItsOwnApplication() {
    Applicant a = Applicant.fresh("alliance-member");
    apply(a.token(), application("乐山市图书馆"))
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/alliance/members/" + a.code()))
        .body("code", equalTo(a.code()))
        .body("status", equalTo("APPLIED"))
        .body("statement", equalTo("共建共享地方文献"))
        .body("contact.phone", equalTo("0833-1234567"));
    given().get("/api/alliance/members/" + a.code()).then().statusCode(404);
    given()
        .header("Authorization", a.token())
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of(a.code())));
    given()
        .header("Authorization", ADMIN)
        .get("/api/alliance/members?status=APPLIED&limit=100")
        .then()
        .body("items.code", hasItem(a.code()));
    apply(a.token(), application("再次申请")).then().statusCode(409);
  }

  @Test
  void curatorsApplyToo_butNotVisitorsOrAccountsWithoutAnInstitution() {
    apply(Applicant.fresh("curator").token(), application("某方志馆")).then().statusCode(201);
    apply(VISITOR, application("无机构")).then().statusCode(403);
    apply(TestTokens.bearer("someone", "inst-x", "reading-room-staff"), application("无角色"))
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(application("匿名"))
        .post("/api/alliance/members")
        .then()
        .statusCode(401);
  }

  @Test
  void badApplicationsAre400() {
    Applicant a = Applicant.fresh("alliance-member");
    Map<String, Object> body = application("坏申请");
    body.put("division", "519900");
    apply(a.token(), body).then().statusCode(400).body("errors.field", hasItem("division"));
    body.put("division", "511102");
    body.put("type", "CASTLE");
    apply(a.token(), body).then().statusCode(400);
    body.put("type", "LIBRARY");
    body.remove("statement");
    apply(a.token(), body).then().statusCode(400).body("errors.field", hasItem("statement"));
    given()
        .header("Authorization", a.token())
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .body("items", org.hamcrest.Matchers.hasSize(0));
  }

  @Test
  void adminsDecideAndAWrongStateNamesTheAllowedActions() {
    Applicant a = Applicant.fresh("alliance-member");
    apply(a.token(), application("待审批")).then().statusCode(201);
    act(a.code(), "suspend", "太早")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed: approve, reject"));
    act(a.code(), "approve", null).then().statusCode(200).body("status", equalTo("APPROVED"));
    given()
        .get("/api/alliance/members/" + a.code())
        .then()
        .statusCode(200)
        .body("statement", nullValue());
    act(a.code(), "suspend", null).then().statusCode(400).body("errors.field", hasItem("reason"));
    act(a.code(), "suspend", "未履行共享义务").then().statusCode(200).body("status", equalTo("SUSPENDED"));
    given()
        .get("/api/alliance/members?limit=100")
        .then()
        .body("items.code", not(hasItem(a.code())));
    given()
        .header("Authorization", a.token())
        .get("/api/alliance/members/" + a.code())
        .then()
        .body("reason", equalTo("未履行共享义务"));
    act(a.code(), "reinstate", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("reason", nullValue());
    act(a.code(), "approve", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed: suspend"));
    given()
        .header("Authorization", a.token())
        .get("/api/alliance/members/" + a.code() + "/history")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(List.of("APPLY", "APPROVE", "SUSPEND", "REINSTATE")))
        .body("items[2].reason", equalTo("未履行共享义务"));
    given()
        .header("Authorization", Applicant.fresh("alliance-member").token())
        .get("/api/alliance/members/" + a.code() + "/history")
        .then()
        .statusCode(403);
  }

  @Test
  void aRejectedInstitutionMayApplyAgainAndOnlyAdminsDecide() {
    Applicant a = Applicant.fresh("alliance-member");
    apply(a.token(), application("被拒后再申请")).then().statusCode(201);
    given()
        .header("Authorization", a.token())
        .post("/api/alliance/members/" + a.code() + "/approve")
        .then()
        .statusCode(403);
    act(a.code(), "reject", null).then().statusCode(400);
    act(a.code(), "reject", "材料不全").then().statusCode(200).body("status", equalTo("REJECTED"));
    act(a.code(), "reject", "again").then().statusCode(409);
    apply(a.token(), application("补充材料后再申请"))
        .then()
        .statusCode(201)
        .body("status", equalTo("APPLIED"))
        .body("reason", nullValue())
        .body("name.zh", equalTo("补充材料后再申请"));
    act("inst-none", "approve", null).then().statusCode(404);
  }
}
