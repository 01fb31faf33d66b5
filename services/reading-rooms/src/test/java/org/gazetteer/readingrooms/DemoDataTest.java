package org.gazetteer.readingrooms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.DemoMigration;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** The demo rows load with demo data on and satisfy every constraint (see DemoMigration). */
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
}
