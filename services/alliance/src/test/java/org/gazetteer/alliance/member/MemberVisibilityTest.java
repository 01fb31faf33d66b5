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

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/**
 * Approved members are public; applications, rejections and suspensions are seen only by the
 * institution concerned and network admins (DESIGN §4).
 */
@QuarkusTest
@PostgresTest
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
  void accountWithoutInstitutionCannotListApplications() {
    given()
        .header("Authorization", VISITOR)
        .get("/api/alliance/members?status=APPLIED")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"));
  }
}
