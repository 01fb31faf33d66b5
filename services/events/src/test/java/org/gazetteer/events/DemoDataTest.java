package org.gazetteer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.DemoMigration;
import org.junit.jupiter.api.Test;

/** The demo rows load with demo data on and satisfy every constraint (see DemoMigration). */
@QuarkusTest
@EventsTest
class DemoDataTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void demoEventsOfChengduSatisfyTheSchema() throws Exception {
    DemoMigration.check(
        dataSource,
        "/db/migration/V2__demo_data.sql",
        db -> {
          assertEquals(
              4,
              db.count(
                  "select count(*) from event where demo and organizer = 'chengdu'"
                      + " and status = 'PUBLISHED'"));
          assertEquals(
              0,
              db.count(
                  "select count(*) from event e where demo and not exists"
                      + " (select 1 from event_session s where s.event_id = e.id)"),
              "every demo event has a session");
          assertEquals(
              0,
              db.count("select count(*) from event where demo and last_end <= now()"),
              "demo events are upcoming when loaded");
        });
  }
}
