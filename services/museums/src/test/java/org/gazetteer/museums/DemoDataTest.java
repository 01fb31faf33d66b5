package org.gazetteer.museums;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.DEMO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gazetteer.common.testing.DemoMigration;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** The demo rows load with demo data on and satisfy every constraint (see DemoMigration). */
@QuarkusTest
@PostgresTest
class DemoDataTest {

  /** Sichuan's 21 city/prefecture-level divisions (GB/T 2260). */
  private static final List<String> CITIES =
      List.of(
          "510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000",
          "511100", "511300", "511400", "511500", "511600", "511700", "511800", "511900", "512000",
          "513200", "513300", "513400");

  @Inject AgroalDataSource dataSource;

  @Test
  void theRegisterHas34MuseumsAnd10BranchesUnderTheProvincialOne() throws Exception {
    DemoMigration.check(
        dataSource,
        DEMO,
        db -> {
          assertEquals(44, db.count("select count(*) from museum where demo"));
          assertEquals(
              34,
              db.count("select count(*) from museum where demo and kind <> 'UNIVERSITY_BRANCH'"));
          assertEquals(
              10,
              db.count(
                  "select count(*) from museum where demo and kind = 'UNIVERSITY_BRANCH'"
                      + " and parent_code = 'sichuan' and division like '51____'"));
          assertEquals(
              1,
              db.count(
                  "select count(*) from museum where demo and kind = 'PROVINCIAL'"
                      + " and code = 'sichuan' and division = '510000'"));
          assertEquals(12, db.count("select count(*) from museum where demo and kind = 'COUNTY'"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from museum where demo and (lat is null or name_en is null"
                      + " or address_zh is null or opening_hours -> 'weekly' = '[]')"));
        });
  }

  @Test
  void everyCityDivisionHasOneCityMuseumAndTheCodesUsersRelyOnStay() throws Exception {
    String cities = "'" + String.join("','", CITIES) + "'";
    DemoMigration.check(
        dataSource,
        DEMO,
        db -> {
          assertEquals(
              21,
              db.count(
                  "select count(distinct division) from museum where demo and kind = 'CITY'"
                      + " and division in ("
                      + cities
                      + ")"));
          assertEquals(21, db.count("select count(*) from museum where demo and kind = 'CITY'"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from museum where demo and kind = 'COUNTY'"
                      + " and (division like '%00' or substr(division, 1, 4) || '00' not in ("
                      + cities
                      + "))"));
          assertEquals(
              3,
              db.count(
                  "select count(*) from museum where demo and (code, division) in"
                      + " (('sichuan', '510000'), ('chengdu', '510100'), ('leshan', '511100'))"));
          assertEquals(
              3,
              db.count(
                  "select count(*) from museum where demo and code in"
                      + " ('scu-branch', 'swjtu-branch', 'cwnu-branch')"));
        });
  }

  @Test
  void demoExhibitsArePublishedSearchableIllustratedAndInTheFeed() throws Exception {
    DemoMigration.check(
        dataSource,
        DEMO,
        db -> {
          long exhibits = db.count("select count(*) from exhibit where demo");
          assertTrue(exhibits >= 40, exhibits + " demo exhibits");
          assertEquals(
              0, db.count("select count(*) from exhibit where demo and status <> 'PUBLISHED'"));
          assertTrue(
              db.count("select count(distinct museum_code) from exhibit where demo") >= 20,
              "exhibits in 20 museums");
          assertEquals(
              1,
              db.count(
                  "select count(*) from exhibit where demo and status = 'PUBLISHED'"
                      + " and search @@ to_tsquery('simple', '熊猫 <-> 猫图')"
                      + " and museum_code = 'yaan'"));
          assertTrue(
              db.count(
                      "select count(*) from exhibit where demo and status = 'PUBLISHED'"
                          + " and search @@ to_tsquery('simple', '图志')")
                  >= 6);
          assertEquals(
              2,
              db.count(
                  "select count(*) from exhibit where demo and status = 'PUBLISHED'"
                      + " and search @@ to_tsquery('simple', '通志')"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from exhibit where demo and work_type <> 'JOURNAL'"
                      + " and (jsonb_array_length(images -> 'items') = 0"
                      + " or dating_from is null or cardinality(keywords) = 0)"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from exhibit e where demo and not exists (select 1 from"
                      + " exhibit_change c where c.exhibit_id = e.id and c.kind = 'PUBLISHED')"));
          // V11 gave V2's six exhibits images; V13 gave every published one its image's size.
          assertEquals(
              6
                  + db.count(
                      "select count(*) from exhibit where demo and status = 'PUBLISHED'"
                          + " and jsonb_array_length(images -> 'items') > 0"),
              db.count(
                  "select count(*) from exhibit_change c join exhibit e on e.id = c.exhibit_id"
                      + " where e.demo and c.kind = 'UPDATED'"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from exhibit, jsonb_array_elements(images -> 'items') i"
                      + " where demo and (i -> 'width' <> '240' or i -> 'height' <> '320'"
                      + " or i -> 'width' is null)"));
        });
  }

  @Test
  void everyDemoImageIsServed() throws Exception {
    List<List<String>> urls =
        DemoMigration.rows(
            dataSource,
            DEMO,
            "select distinct i ->> 'url' from exhibit, jsonb_array_elements(images -> 'items') i"
                + " where demo order by 1");
    assertTrue(urls.size() >= 8, urls.toString());
    for (List<String> row : urls) {
      String url = row.get(0);
      assertTrue(url.startsWith("/media/exhibits/"), url);
      given().get(url).then().statusCode(200).contentType("image/svg+xml");
    }
  }
}
