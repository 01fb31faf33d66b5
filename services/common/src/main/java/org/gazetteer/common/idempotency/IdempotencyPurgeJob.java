package org.gazetteer.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.gazetteer.common.time.ScheduledRuns;
import org.jboss.logging.Logger;

/**
 * Forgets idempotency keys once their retention period is over, every {@code
 * gazetteer.idempotency.purge-every} (needs quarkus-scheduler in the service; {@code off} stops
 * it).
 */
@ApplicationScoped
class IdempotencyPurgeJob {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

  private final PgIdempotencyStore store;
  private final Clock clock;

  IdempotencyPurgeJob(PgIdempotencyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Scheduled(
      identity = "idempotency-purge",
      every = "${gazetteer.idempotency.purge-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> run() {
    return ScheduledRuns.survivingFailure(
        store.purge(clock.instant()), LOG, "Purging idempotency keys");
  }
}
