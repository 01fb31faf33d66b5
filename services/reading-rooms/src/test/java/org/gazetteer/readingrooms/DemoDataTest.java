package org.gazetteer.readingrooms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.gazetteer.common.testing.DemoMigration;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/**
 * The demo migrations load with demo data on and satisfy every constraint (see DemoMigration);
 * together they make the register of 646 rooms over Sichuan's 21 cities and prefectures.
 */
@QuarkusTest
@PostgresTest
class DemoDataTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void demoRoomsOfWuhouSatisfyTheSchema() throws Exception {
    DemoMigration.check(
        dataSource,
        "/db/migration/V2__demo_data.sql",
        db -> {
          assertEquals(
              6,
              db.count(
                  "select count(*) from reading_room where demo and institution = 'wuhou'"
                      + " and division = '510107' and status = 'ACTIVE'"));
          assertEquals(0, db.count("select count(*) from reading_room where demo and seats <= 0"));
        });
  }

  @Test
  void theDemoRegisterHas646RoomsInAllTwentyOneDivisions() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(script("/db/migration/V2__demo_data.sql"));
        s.execute(script("/db/migration/V5__demo_register.sql"));
        assertEquals(646, count(s, "select count(*) from reading_room where demo"));
        assertEquals(
            21,
            count(
                s,
                "select count(distinct d.parent) from reading_room r"
                    + " join division d on d.code = r.division"
                    + " where r.demo and d.level = 'COUNTY'"));
        assertEquals(8, count(s, "select count(distinct host_type) from reading_room where demo"));
        // The first page of 成都市 (by code) shows rooms of wuhou, which the end-to-end suite reads.
        assertEquals(
            true,
            count(
                    s,
                    "select count(*) from (select institution from reading_room"
                        + " where demo and division like '5101%' order by code limit 20) p"
                        + " where institution = 'wuhou'")
                > 0);
        assertEquals(
            0,
            count(
                s,
                "select count(*) from reading_room where demo and (lat is null"
                    + " or jsonb_array_length(schedule -> 'weekly') = 0)"));
        assertEquals(
            646, count(s, "select count(distinct room_code) from holding where title_zh = '巴蜀史志'"));
        assertEquals(
            215, count(s, "select count(*) from holding where title_zh = '四川扶贫志' and demo"));
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void demoRoomsLieNearTheirCity() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(script("/db/migration/V5__demo_register.sql"));
        // Every generated room of 乐山市 lies within about 30 km of the city centre.
        assertEquals(
            0,
            count(
                s,
                "select count(*) from reading_room where demo and division like '5111%'"
                    + " and (abs(lat - 29.55) > 0.16 or abs(lon - 103.77) > 0.16)"));
      } finally {
        c.rollback();
      }
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String script(String resource) throws IOException {
    try (InputStream in = DemoDataTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${demo}", "true");
    }
  }
}
