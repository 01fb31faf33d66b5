package org.gazetteer.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
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

  @Test
  void demoMembersSharePublicResourcesAndOneForTheAllianceOnly() throws Exception {
    DemoMigration.check(
        dataSource,
        List.of("/db/migration/V2__demo_data.sql", "/db/migration/V6__demo_resources.sql"),
        db -> {
          assertEquals(
              3, db.count("select count(*) from shared_resource where demo and scope = 'PUBLIC'"));
          assertEquals(
              1,
              db.count("select count(*) from shared_resource where demo and scope = 'ALLIANCE'"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from shared_resource r where demo and not exists"
                      + " (select 1 from member m where m.code = r.owner and m.status = 'APPROVED')"));
        });
  }
}
