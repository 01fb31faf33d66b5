package org.gazetteer.museums.exhibitimport;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.ADMIN;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.testing.LoopbackHttp;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ExhibitImportTest {

  private static final String IMPORT = "/api/museums/chengdu/exhibits/import";
  private static final String HEADER = "藏品编号,名称,类别,质地,数量,计量单位,文物级别,入藏日期,来源方式,关键词\n";

  @TestHTTPResource("/")
  URI base;

  private String prefix;

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
    prefix = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String row(int n, String title) {
    return prefix + "-" + n + "," + title + ",古籍图书,纸,12,册,三级文物,2023/5/12,接受捐赠,扶贫；方志\n";
  }

  private static Response post(String token, byte[] csv, boolean dryRun) {
    return given()
        .header("Authorization", token)
        .contentType("text/csv")
        .queryParam("dryRun", dryRun)
        .body(csv)
        .post(IMPORT);
  }

  private static Response post(String csv, boolean dryRun) {
    return post(CURATOR_CHENGDU, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), dryRun);
  }

  @Test
  void reImportingAPublishedExhibitProposesARevisionInsteadOfChangingIt() {
    String id =
        post(HEADER + row(1, "新都县志"), false).then().statusCode(200).extract().path("items[0].id");
    MuseumsFixtures.act(CURATOR_CHENGDU, id, "submit").then().statusCode(200);
    MuseumsFixtures.act(MuseumsFixtures.CURATOR2_CHENGDU, id, "approve").then().statusCode(200);
    post(HEADER + row(1, "新都县志（增补）"), true)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("REVISE"))
        .body("revisions", equalTo(1))
        .body("updates", equalTo(0));
    post(HEADER + row(1, "新都县志（增补）"), false)
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("REVISE"))
        .body("items[0].id", equalTo(id));
    given().get("/api/exhibits/" + id).then().body("title.zh", equalTo("新都县志"));
    given()
        .header("Authorization", MuseumsFixtures.CURATOR2_CHENGDU)
        .get("/api/exhibits/" + id + "/revision")
        .then()
        .statusCode(200)
        .body("author", equalTo("curator.chengdu"))
        .body("changes.'title.zh'.to", equalTo("新都县志（增补）"));
  }

  @Test
  void aDryRunReportsEveryRowAndWritesNothing() {
    String csv = HEADER + row(1, "成都县志") + row(2, "华阳县志");
    post(csv, true)
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("committed", equalTo(false))
        .body("rows", equalTo(2))
        .body("creates", equalTo(2))
        .body("items.row", contains(2, 3))
        .body("items.action", everyItem(equalTo("CREATE")))
        .body("items.id", everyItem(nullValue()))
        .body("errors.size()", equalTo(0));
    post(csv, true).then().body("creates", equalTo(2));
  }

  @Test
  void anImportCreatesDraftsAndASecondOneUpdatesThemInPlace() {
    List<String> ids =
        post(HEADER + row(1, "成都县志") + row(2, "华阳县志"), false)
            .then()
            .statusCode(200)
            .body("committed", equalTo(true))
            .body("creates", equalTo(2))
            .extract()
            .path("items.id");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + ids.get(0))
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("material", equalTo("PAPER"))
        .body("grade", equalTo("GRADE_3"))
        .body("acquisition.date", equalTo("2023-05-12"))
        .body("keywords", contains("扶贫", "方志"))
        .body("createdBy", equalTo("curator.chengdu"));
    post(HEADER + row(1, "成都县志（重修）"), false)
        .then()
        .statusCode(200)
        .body("updates", equalTo(1))
        .body("items[0].id", equalTo(ids.get(0)));
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + ids.get(0) + "/history")
        .then()
        .body("items.action", contains("CREATE", "UPDATE"))
        .body("items[1].changes.'title.zh'.to", equalTo("成都县志（重修）"));
  }

  @Test
  void problemsAreReportedByRowAndColumnAndAnImportWithThemWritesNothing() {
    String csv =
        HEADER
            + row(1, "完好的行")
            + prefix
            + "-2,,古籍图书,纸,12,册,三级文物,2023-05-12,接受捐赠,\n"
            + prefix
            + "-3,质地错,古籍图书,木头,十二,册,一级,2023-05-12,接受捐赠,\n"
            + row(1, "重复编号");
    post(csv, true)
        .then()
        .statusCode(200)
        .body("rows", equalTo(4))
        .body("errors.find { it.row == 3 }.column", equalTo("名称"))
        .body("errors.findAll { it.row == 4 }.column", contains("质地", "数量", "文物级别"))
        .body("errors.find { it.row == 5 }.column", equalTo("藏品编号"))
        .body("errors.find { it.row == 5 }.message", containsString("row 2"));
    post(csv, false)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("row 4, 质地"))
        .body("detail", containsString("nothing was imported"));
    post(HEADER + row(1, "完好的行"), true).then().body("creates", equalTo(1));
  }

  @Test
  void headerProblemsAreRowOne() {
    post("藏品编号,名称,颜色\n" + prefix + ",无类别,红\n", true)
        .then()
        .statusCode(200)
        .body("errors.findAll { it.row == 1 }.column", hasItem("颜色"))
        .body("errors.findAll { it.row == 1 }.column", hasItem("类别"));
  }

  @Test
  void textIsStoredAsWrittenWhateverItLooksLike() {
    String sql = "Robert'); DROP TABLE exhibit;--";
    String title = "\"" + sql + " 🏯 方志𠀀\"";
    List<String> ids =
        post("inventoryNo,title.zh,category\n" + prefix + "," + title + ",OTHER\n", false)
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .get("/api/exhibits/" + ids.get(0))
        .then()
        .body("title.zh", equalTo(sql + " 🏯 方志𠀀"));
  }

  @Test
  void aFileThatIsNotUtf8IsRejectedWithItsLine() {
    byte[] gbk = (HEADER + row(1, "成都县志")).getBytes(Charset.forName("GBK"));
    post(CURATOR_CHENGDU, gbk, true)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("body"))
        .body("detail", containsString("UTF-8 (line 1)"));
  }

  @Test
  void malformedAndEmptyFilesAre400() {
    post(HEADER + prefix + ",\"未闭合的引号,古籍图书\n", true)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("not well-formed CSV near line"));
    post("", true).then().statusCode(400).body("detail", containsString("empty"));
    StringBuilder many = new StringBuilder("藏品编号,名称,类别\n");
    for (int i = 0; i <= 5000; i++) {
      many.append(prefix).append('-').append(i).append(",行,古籍图书\n");
    }
    post(many.toString(), true)
        .then()
        .statusCode(400)
        .body("detail", containsString("more than 5000 rows"));
  }

  @Test
  void aTenMegabyteFileIs413AndOtherMediaTypes415() throws IOException {
    // As curl does for large uploads: declare the size and wait, so the 413 comes before the body.
    String answer =
        LoopbackHttp.exchange(
            base,
            "POST "
                + IMPORT
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + CURATOR_CHENGDU
                + "\r\nContent-Type: text/csv\r\nContent-Length: "
                + 10 * 1024 * 1024
                + "\r\nExpect: 100-continue\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("application/problem+json"), answer);
    assertTrue(answer.contains("\"status\":413"), answer);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType("application/json")
        .body("{}")
        .post(IMPORT)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void onlyTheMuseumsCuratorsAndAdminsImport() {
    byte[] csv = (HEADER + row(1, "越权")).getBytes(StandardCharsets.UTF_8);
    post(CURATOR_LESHAN, csv, true).then().statusCode(403);
    post(ADMIN, csv, true).then().statusCode(200);
    given().contentType("text/csv").body(csv).post(IMPORT).then().statusCode(401);
    given()
        .header("Authorization", ADMIN)
        .contentType("text/csv")
        .body(csv)
        .post("/api/museums/nowhere/exhibits/import")
        .then()
        .statusCode(404);
    post(CURATOR_CHENGDU, csv, true).then().statusCode(200);
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .contentType("text/csv")
        .queryParam("dryRun", "maybe")
        .body(csv)
        .post(IMPORT)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dryRun"));
  }

  @Test
  void theTemplateImportsCleanly() {
    for (String headers : List.of("zh", "en")) {
      byte[] template =
          given()
              .queryParam("headers", headers)
              .get(IMPORT + "/template")
              .then()
              .statusCode(200)
              .contentType(startsWith("text/csv"))
              .extract()
              .asByteArray();
      String text = new String(template, StandardCharsets.UTF_8);
      assertEquals('\uFEFF', text.charAt(0));
      String unique =
          text.replace("CD-2023-0001", prefix + headers).replace("510104218000000000123", "");
      post(CURATOR_CHENGDU, unique.getBytes(StandardCharsets.UTF_8), true)
          .then()
          .statusCode(200)
          .body("errors.size()", equalTo(0))
          .body("creates", equalTo(1));
    }
    given().queryParam("headers", "fr").get(IMPORT + "/template").then().statusCode(400);
  }
}
