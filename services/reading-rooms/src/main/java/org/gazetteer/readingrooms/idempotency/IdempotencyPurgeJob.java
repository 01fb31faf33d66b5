package org.gazetteer.readingrooms.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Forgets idempotency keys once their retention period is over. */
@ApplicationScoped
class IdempotencyPurgeJob {

  private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

  private final PgIdempotencyStore store;

  IdempotencyPurgeJob(PgIdempotencyStore store) {
    this.store = store;
  }

  @Scheduled(
      identity = "idempotency-purge",
      every = "${reading-rooms.idempotency.purge-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> run() {
    return store
        .purge()
        .onFailure()
        .invoke(e -> LOG.warn("Purging idempotency keys failed; it runs again next time", e))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }
}
