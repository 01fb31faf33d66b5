package org.gazetteer.alliance.member;

import static io.restassured.RestAssured.given;
import static org.gazetteer.alliance.AllianceFixtures.ADMIN;
import static org.gazetteer.alliance.AllianceFixtures.APPLICANT;
import static org.gazetteer.alliance.AllianceFixtures.MEMBER_LESHAN;
import static org.gazetteer.alliance.AllianceFixtures.VISITOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.gazetteer.alliance.AllianceTest;
import org.gazetteer.common.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approved members are public; applications, rejections and suspensions are seen only by the
 * institution concerned and network admins (docs/identity-and-access.md).
 */
@QuarkusTest
@AllianceTest
class MemberVisibilityTest {

  @Test
  void membershipsThatAreNotApprovedAreHiddenFromThePublic() {
    for (String code : List.of("tst-applied", "tst-rejected", "tst-suspended")) {
      given()
          .get("/api/alliance/members/" + code)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/not-found"));
    }
  }

  @Test
  void applicationIsHiddenFromOtherMembers() {
    given()
        .header("Authorization", MEMBER_LESHAN)
        .get("/api/alliance/members/tst-applied")
        .then()
        .statusCode(404);
  }

  @Test
  void applicationIsVisibleToTheApplicantAndAdmins() {
    for (String token : new String[] {APPLICANT, ADMIN}) {
      given()
          .header("Authorization", token)
          .get("/api/alliance/members/tst-applied")
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("status", equalTo("APPLIED"));
    }
  }

  @Test
  void listingApplicationsNeedsALogin() {
    given()
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"));
  }

  @Test
  void applicantListsOnlyItself() {
    given()
        .header("Authorization", APPLICANT)
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("tst-applied")));
    given()
        .header("Authorization", MEMBER_LESHAN)
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void adminListsEveryState() {
    given()
        .header("Authorization", ADMIN)
        .get("/api/alliance/members?status=SUSPENDED&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tst-suspended"));
    given()
        .header("Authorization", ADMIN)
        .get("/api/alliance/members?status=REJECTED&limit=100")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tst-rejected"));
  }

  @Test
  void accountWithoutInstitutionListsNoApplications() {
    given()
        .header("Authorization", VISITOR)
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  static final String ORGANIZER_OF_APPLICANT =
      TestTokens.bearer("organizer.applied", "tst-applied", "event-organizer");
  static final String CURATOR_OF_APPLICANT =
      TestTokens.bearer("curator.applied", "tst-applied", "curator");

  static Stream<Arguments> internalReads() {
    String list = "/api/alliance/members?status=APPLIED&limit=100";
    String one = "/api/alliance/members/tst-applied";
    return Stream.of(
        Arguments.of(list, APPLICANT, 200, true),
        Arguments.of(list, CURATOR_OF_APPLICANT, 200, true),
        Arguments.of(list, ORGANIZER_OF_APPLICANT, 200, false),
        Arguments.of(list, MEMBER_LESHAN, 200, false),
        Arguments.of(list, null, 401, false),
        Arguments.of(list, ADMIN, 200, true),
        Arguments.of(one, APPLICANT, 200, true),
        Arguments.of(one, CURATOR_OF_APPLICANT, 200, true),
        Arguments.of(one, ORGANIZER_OF_APPLICANT, 404, false),
        Arguments.of(one, MEMBER_LESHAN, 404, false),
        Arguments.of(one, null, 404, false),
        Arguments.of(one, ADMIN, 200, true));
  }

  /**
   * Every read of an application × (same institution as member or curator, same institution without
   * either role, another institution, anonymous, admin).
   */
  @ParameterizedTest(name = "{0} [{index}] → {2}")
  @MethodSource("internalReads")
  void applicationsAreForTheirMembersOrCuratorsAndAdmins(
      String path, String token, int status, boolean showsApplication) {
    RequestSpecification request = given();
    if (token != null) {
      request.header("Authorization", token);
    }
    String body = request.get(path).then().statusCode(status).extract().asString();
    assertEquals(showsApplication, body.contains("申请中的机构"), body);
  }
}
