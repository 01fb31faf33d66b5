package org.gazetteer.alliance;

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
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/**
 * The demo migration runs with demo data off in tests, which checks only its syntax. Here it runs
 * with demo data on, in a transaction that is rolled back, so its rows must satisfy every
 * constraint of the schema.
 */
@QuarkusTest
@PostgresTest
class DemoDataTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void demoMembersAreTheApprovedOnesTheDemoUsersRelyOn() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(demoMigration());
        assertEquals(
            3,
            count(
                s,
                "select count(*) from member where demo and status = 'APPROVED'"
                    + " and code in ('sichuan', 'chengdu', 'leshan')"));
      } finally {
        c.rollback();
      }
    }
  }

  private static String demoMigration() throws IOException {
    try (InputStream in =
        DemoDataTest.class.getResourceAsStream("/db/migration/V2__demo_data.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${demo}", "true");
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
