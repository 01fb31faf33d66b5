package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

  @Test
  void portDefaultsTo5432() {
    DatabaseTarget target = DatabaseTarget.external("postgresql://db.internal", "u", "p");

    assertEquals(5432, target.port());
    assertEquals("jdbc:postgresql://db.internal:5432/museums", target.jdbcUrl("museums"));
  }

  @Test
  void acceptsPostgresSchemeTrailingSlashAndIpv6() {
    assertEquals(
        "postgresql://db:6000",
        DatabaseTarget.external("postgres://db:6000/", "u", "").serviceUrl());
    assertEquals(
        "postgresql://[::1]:5433",
        DatabaseTarget.external("postgresql://[::1]:5433", "u", "").serviceUrl());
  }

  @Test
  void rejectsJdbcUrlsAndDatabasePaths() {
    assertThrows(
        UsageException.class,
        () -> DatabaseTarget.external("jdbc:postgresql://h:5432/museums", "u", "p"));
    assertThrows(
        UsageException.class,
        () -> DatabaseTarget.external("postgresql://h:5432/museums", "u", "p"));
    assertThrows(
        UsageException.class, () -> DatabaseTarget.external("postgresql://u:p@h:5432", "u", "p"));
  }

  @Test
  void rejectsPortOutOfRange() {
    assertThrows(
        UsageException.class, () -> DatabaseTarget.external("postgresql://h:99999", "u", "p"));
  }

  @Test
  void textNeverShowsThePassword() {
    String text = DatabaseTarget.external("postgresql://h:5432", "gz", "hunter2-secret").toString();

    assertFalse(text.contains("hunter2-secret"), text);
  }
}
