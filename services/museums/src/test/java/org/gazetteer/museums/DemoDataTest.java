package org.gazetteer.museums;

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
  void demoMuseumsAndExhibitsSatisfyTheSchema() throws Exception {
    DemoMigration.check(
        dataSource,
        "/db/migration/V2__demo_data.sql",
        db -> {
          assertEquals(
              3,
              db.count(
                  "select count(*) from museum where demo and code in ('sichuan', 'chengdu',"
                      + " 'leshan')"));
          assertEquals(
              3,
              db.count(
                  "select count(*) from museum where demo and kind = 'UNIVERSITY_BRANCH'"
                      + " and parent_code = 'sichuan'"));
          assertEquals(
              1,
              db.count(
                  "select count(*) from exhibit where demo and status = 'PUBLISHED'"
                      + " and search @@ to_tsquery('simple', '熊猫')"));
        });
  }
}
