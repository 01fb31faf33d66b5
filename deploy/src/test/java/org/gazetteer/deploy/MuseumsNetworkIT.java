package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.gazetteer.deploy.NetworkFixtures.exhibit;
import static org.gazetteer.deploy.NetworkFixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The museums' rules end to end through the gateway, with Keycloak tokens. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.Resolver.class)
class MuseumsNetworkIT {

  private String api;
  private String chengdu;
  private String chengdu2;

  @BeforeEach
  void tokens(SharedNetwork network) {
    api = network.api();
    chengdu = network.bearer("curator.chengdu");
    chengdu2 = network.bearer("curator2.chengdu");
  }

  @Test
  void twoCuratorsSavingTheSameVersionAtOnceNeverOverwriteEachOther() throws Exception {
    String id =
        post(api + "/exhibits", chengdu, exhibit("并发编辑"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<Response>> saves = new ArrayList<>();
      for (String[] editor : new String[][] {{chengdu, "甲的修改"}, {chengdu2, "乙的修改"}}) {
        saves.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return given()
                      .header("Authorization", editor[0])
                      .header("If-Match", "\"0\"")
                      .contentType(ContentType.JSON)
                      .body(exhibit(editor[1]))
                      .put(api + "/exhibits/" + id);
                },
                pool));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      String winner = null;
      for (CompletableFuture<Response> save : saves) {
        Response response = save.get(60, TimeUnit.SECONDS);
        statuses.add(response.statusCode());
        if (response.statusCode() == 200) {
          winner = response.path("title.zh");
        }
      }
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 412), statuses);
      given()
          .header("Authorization", chengdu)
          .get(api + "/exhibits/" + id)
          .then()
          .body("title.zh", equalTo(winner))
          .header("ETag", "\"1\"");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWrongTransitionIs409WithTheActionsAllowed() {
    String id =
        post(api + "/exhibits", chengdu, exhibit("流程")).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", chengdu2)
        .header("If-Match", "\"0\"")
        .post(api + "/exhibits/" + id + "/approve")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("submit"));
    given()
        .header("Authorization", chengdu)
        .contentType(ContentType.JSON)
        .post(api + "/exhibits/" + id + "/reject")
        .then()
        .statusCode(400);
  }

  @Test
  void aPublishedExhibitReachesTheFeedTheExhibitionAndJsonLd() {
    String id = publish("巴蜀舆图");
    given()
        .accept("application/ld+json")
        .get(api + "/exhibits/" + id)
        .then()
        .statusCode(200)
        .contentType("application/ld+json")
        .body("'@id'", equalTo(api + "/exhibits/" + id))
        .body("holdingArchive.'@id'", equalTo(api + "/museums/chengdu"));
    given().queryParam("limit", 100).get(api + "/exhibits/changes").then().statusCode(200);
    Map<String, Object> exhibition = new HashMap<>();
    exhibition.put("title", Map.of("zh", "端到端展览"));
    exhibition.put("startsOn", "2026-12-01");
    exhibition.put("exhibits", List.of(id));
    String show =
        post(api + "/exhibitions", chengdu, exhibition).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", chengdu2)
        .post(api + "/exhibitions/" + show + "/publish")
        .then()
        .statusCode(200);
    given().get(api + "/exhibitions/" + show + "/exhibits").then().body("items.id", hasItem(id));
  }

  @Test
  void aCsvDryRunThroughTheGatewayWritesNothing() {
    String csv = "\uFEFF藏品编号,名称,类别\nE2E-CSV-1,端到端导入,古籍图书\n";
    for (int round = 0; round < 2; round++) {
      given()
          .header("Authorization", chengdu)
          .contentType("text/csv")
          .queryParam("dryRun", true)
          .body(csv.getBytes(StandardCharsets.UTF_8))
          .post(api + "/museums/chengdu/exhibits/import")
          .then()
          .statusCode(200)
          .body("items[0].action", equalTo("CREATE"));
    }
  }

  private String publish(String title) {
    String id =
        post(api + "/exhibits", chengdu, exhibit(title))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", chengdu)
        .post(api + "/exhibits/" + id + "/submit")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", chengdu2)
        .header("If-Match", "\"1\"")
        .post(api + "/exhibits/" + id + "/approve")
        .then()
        .statusCode(200);
    return id;
  }

  @Test
  void anEditOfAPublishedExhibitWaitsForTheSecondCurator() {
    String id = publish("岷江水道图");
    Map<String, Object> edited = exhibit("岷江水道图（校订）");
    String revision =
        given()
            .header("Authorization", chengdu)
            .header("If-Match", "\"2\"")
            .contentType(ContentType.JSON)
            .body(edited)
            .put(api + "/exhibits/" + id)
            .then()
            .statusCode(202)
            .header("Content-Location", containsString("/api/exhibits/" + id + "/revision"))
            .extract()
            .header("ETag");
    given().get(api + "/exhibits/" + id).then().statusCode(200).body("title.zh", equalTo("岷江水道图"));
    given()
        .header("Authorization", chengdu2)
        .get(api + "/exhibits/" + id + "/revision")
        .then()
        .statusCode(200)
        .header("ETag", revision)
        .body("changes.'title.zh'.to", equalTo("岷江水道图（校订）"));
    given()
        .header("Authorization", chengdu)
        .header("If-Match", revision)
        .post(api + "/exhibits/" + id + "/revision/approve")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", chengdu2)
        .header("If-Match", revision)
        .post(api + "/exhibits/" + id + "/revision/approve")
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("title.zh", equalTo("岷江水道图（校订）"));
    given()
        .get(api + "/exhibits/" + id)
        .then()
        .body("title.zh", equalTo("岷江水道图（校订）"))
        .body("createdBy", equalTo(null));
  }

  private static void await(CountDownLatch start) {
    try {
      if (!start.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the start signal never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
