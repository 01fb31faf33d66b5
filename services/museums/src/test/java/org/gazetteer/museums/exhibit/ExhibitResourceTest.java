package org.gazetteer.museums.exhibit;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.VISITOR;
import static org.gazetteer.museums.MuseumsFixtures.create;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.exhibit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitResourceTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void curatorCreatesDraftOfOwnMuseumAndReadsItBack() {
    String location =
        create(CURATOR_CHENGDU, exhibit("四川扶贫志"))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("museum", equalTo("chengdu"))
            .body("status", equalTo("DRAFT"))
            .body("createdBy", equalTo("curator.chengdu"))
            .body("dating.from", equalTo(1958))
            .body("dating.parsed", equalTo(true))
            .extract()
            .header("Location");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get(location)
        .then()
        .statusCode(200)
        .body("title.zh", equalTo("四川扶贫志"))
        .body("keywords", hasItem("测试"));
  }

  @Test
  void draftIsInvisibleToOtherInstitutionsAndAnonymous() {
    String id = draft(CURATOR_CHENGDU);
    given().get("/api/exhibits/" + id).then().statusCode(404);
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibits/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().header("Authorization", ADMIN).get("/api/exhibits/" + id).then().statusCode(200);
  }

  @Test
  void ownershipFieldsInBodyAre400() {
    Map<String, Object> body = new HashMap<>(exhibit("带馆代码"));
    body.put("museum", "leshan");
    create(CURATOR_CHENGDU, body).then().statusCode(400).body("errors[0].field", equalTo("museum"));
    body.remove("museum");
    body.put("status", "PUBLISHED");
    create(CURATOR_CHENGDU, body).then().statusCode(400).body("errors[0].field", equalTo("status"));
  }

  @Test
  void invalidExhibitNamesTheFields() {
    Map<String, Object> body = new HashMap<>(exhibit("x"));
    body.put("title", Map.of("zh", " "));
    body.put("category", "SPACESHIP");
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("category"));
    body.put("category", "ANCIENT_BOOKS");
    create(CURATOR_CHENGDU, body).then().statusCode(400).body("errors.field", hasItem("title.zh"));
  }

  @Test
  void visitorsAndAnonymousCannotCreate() {
    create(VISITOR, exhibit("访客")).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(exhibit("匿名"))
        .post("/api/exhibits")
        .then()
        .statusCode(401);
  }

  @Test
  void adminNamesTheMuseum() {
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(exhibit("管理员"))
        .post("/api/exhibits")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("museum"));
    given()
        .header("Authorization", ADMIN)
        .contentType(ContentType.JSON)
        .body(exhibit("管理员"))
        .queryParam("museum", "leshan")
        .post("/api/exhibits")
        .then()
        .statusCode(201)
        .body("museum", equalTo("leshan"));
  }

  @Test
  void duplicateInventoryNumberIs409() {
    Map<String, Object> body = exhibit("重复");
    create(CURATOR_CHENGDU, body).then().statusCode(201);
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/conflict"));
    create(CURATOR_LESHAN, body).then().statusCode(201);
  }

  @Test
  void concurrentRegistrationsOfOneInventoryNumberGiveOneExhibitAndConflicts() throws Exception {
    Map<String, Object> body = exhibit("并发登记");
    int attempts = 8;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        answers.add(pool.submit(() -> create(CURATOR_CHENGDU, body).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
      assertEquals(
          attempts - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void listsShowPublishedToAllAndDraftsToTheirOwners() {
    String published = MuseumsFixtures.published();
    String chengduDraft = draft(CURATOR_CHENGDU);
    String leshanDraft = draft(CURATOR_LESHAN);
    given()
        .get("/api/exhibits?limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(published))
        .body("items.status", everyItem(equalTo("PUBLISHED")));
    given()
        .header("Authorization", CURATOR_LESHAN)
        .get("/api/exhibits?status=DRAFT&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(leshanDraft))
        .body("items.id", not(hasItem(chengduDraft)))
        .body("items.museum", everyItem(equalTo("leshan")));
    given()
        .header("Authorization", ADMIN)
        .get("/api/exhibits?status=DRAFT&limit=100")
        .then()
        .body("items.id", hasItems(leshanDraft, chengduDraft));
    given().get("/api/exhibits?status=DRAFT").then().statusCode(401);
  }

  @Test
  void vocabulariesListCodesWithBothLabels() {
    given()
        .get("/api/exhibits/vocabularies")
        .then()
        .statusCode(200)
        .body("category.find { it.code == 'ANCIENT_BOOKS' }.zh", equalTo("古籍图书"))
        .body("workType.find { it.code == 'ILLUSTRATED_GAZETTEER' }.zh", equalTo("图志"))
        .body("workType.code", hasItems("GAZETTEER", "YEARBOOK", "MAP", "ARCHIVE", "JOURNAL"));
    given()
        .get("/api/museums/vocabularies")
        .then()
        .statusCode(200)
        .body("kind.find { it.code == 'UNIVERSITY_BRANCH' }.zh", equalTo("高校分馆"));
  }

  @Test
  void unknownStatusIs400() {
    given().get("/api/exhibits?status=LOST").then().statusCode(400);
  }
}
