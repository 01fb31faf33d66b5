package org.gazetteer.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

  private static final Logger LOG = Logger.getLogger(ScheduledRunsTest.class);

  @Test
  void aFailedRunEndsNormally() {
    Uni<Void> run =
        ScheduledRuns.survivingFailure(
            Uni.createFrom().failure(new IllegalStateException("database gone")), LOG, "A job");
    assertNull(run.await().indefinitely());
  }

  @Test
  void aRunDoesItsWorkOnceAndEndsWithNothing() {
    AtomicInteger runs = new AtomicInteger();
    Uni<Void> run =
        ScheduledRuns.survivingFailure(
            Uni.createFrom().item(() -> runs.incrementAndGet()), LOG, "A job");
    assertNull(run.await().indefinitely());
    assertEquals(1, runs.get());
  }
}
