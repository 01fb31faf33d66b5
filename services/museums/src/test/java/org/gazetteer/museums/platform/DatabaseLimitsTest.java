package org.gazetteer.museums.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.testing.PostgresTest;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Every statement of the service's pool has a time limit, and running past it is recognised. */
@QuarkusTest
@PostgresTest
class DatabaseLimitsTest {

  @Inject Mutiny.SessionFactory sessions;

  @Test
  void thePoolsConnectionsCarryTheStatementTimeout() {
    Object timeout =
        sessions
            .withSession(s -> s.createNativeQuery("SHOW statement_timeout").getSingleResult())
            .await()
            .atMost(Duration.ofSeconds(10));
    assertEquals("5s", timeout);
  }

  @Test
  void aStatementPastItsTimeoutIsRecognisedAsOne() {
    Throwable failure =
        assertThrows(
            Throwable.class,
            () ->
                sessions
                    .withTransaction(
                        s ->
                            s.createNativeQuery("SET LOCAL statement_timeout = '50ms'")
                                .executeUpdate()
                                .chain(
                                    () ->
                                        s.createNativeQuery("SELECT pg_sleep(5)")
                                            .getSingleResult()))
                    .await()
                    .atMost(Duration.ofSeconds(10)));
    assertTrue(Failures.timedOut(failure), () -> "not recognised: " + failure);
  }
}
