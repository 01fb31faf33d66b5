package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR2_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.act;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.exhibit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitUpdateTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  private static Response put(String token, String id, String ifMatch, Map<String, Object> body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/exhibits/" + id);
  }

  @Test
  void updateWithCurrentETagBumpsTheVersion() {
    String id = draft(CURATOR_CHENGDU);
    put(CURATOR_CHENGDU, id, "\"0\"", exhibit("改名后"))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title.zh", equalTo("改名后"));
  }

  @Test
  void updateWithoutIfMatchIs428AndStaleIs412() {
    String id = draft(CURATOR_CHENGDU);
    put(CURATOR_CHENGDU, id, null, exhibit("无条件"))
        .then()
        .statusCode(428)
        .body("type", equalTo("/problems/precondition-required"));
    put(CURATOR_CHENGDU, id, "\"7\"", exhibit("过期"))
        .then()
        .statusCode(412)
        .body("type", equalTo("/problems/precondition-failed"));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .header("ETag", "\"0\"");
  }

  @Test
  void curatorOfAnotherMuseumGets403() {
    String id = draft(CURATOR_CHENGDU);
    put(CURATOR_LESHAN, id, "\"0\"", exhibit("越权")).then().statusCode(403);
    act(CURATOR_LESHAN, id, "submit").then().statusCode(403);
  }

  @Test
  void twoConcurrentEditsNeverOverwriteEachOther() throws Exception {
    String id = draft(CURATOR_CHENGDU);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<Integer>> edits =
          List.of(CURATOR_CHENGDU, CURATOR2_CHENGDU).stream()
              .map(
                  token ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            await(start);
                            return put(token, id, "\"0\"", exhibit("并发" + token.length()))
                                .statusCode();
                          },
                          pool))
              .toList();
      List<Integer> statuses =
          edits.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).sorted().toList();
      assertEquals(List.of(200, 412), statuses);
    } finally {
      pool.shutdownNow();
    }
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .header("ETag", "\"1\"");
  }

  @Test
  void workflowNeedsAnotherReviewerAndRespectsStates() {
    String id = draft(CURATOR_CHENGDU);
    act(CURATOR_CHENGDU, id, "approve")
        .then()
        .statusCode(409)
        .body("detail", containsString("submit"));
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    act(CURATOR_CHENGDU, id, "approve").then().statusCode(403);
    act(CURATOR2_CHENGDU, id, "reject")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    act(CURATOR2_CHENGDU, id, "reject", "登记号有误")
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
    act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    act(CURATOR2_CHENGDU, id, "approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));
    given().get("/api/exhibits/" + id).then().statusCode(200);
    act(CURATOR_CHENGDU, id, "withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    given()
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/gone"));
    given().accept("application/ld+json").get("/api/exhibits/" + id).then().statusCode(410);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(410);
    given()
        .header("Authorization", CURATOR2_CHENGDU)
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
