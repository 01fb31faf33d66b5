package org.gazetteer.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.DemoMigration;
import org.junit.jupiter.api.Test;

/** The demo rows load with demo data on and satisfy every constraint (see DemoMigration). */
@QuarkusTest
@AllianceTest
class DemoDataTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void demoMembersAreTheApprovedOnesTheDemoUsersRelyOn() throws Exception {
    DemoMigration.check(
        dataSource,
        "/db/migration/V2__demo_data.sql",
        db -> {
          assertEquals(
              3,
              db.count(
                  "select count(*) from member where demo and status = 'APPROVED'"
                      + " and code in ('sichuan', 'chengdu', 'leshan')"));
        });
  }
}
