package org.gazetteer.readingrooms.reservation;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.gazetteer.common.time.ScheduledRuns;
import org.jboss.logging.Logger;

/** Runs the no-show release on a schedule ({@code reading-rooms.reservations.release-every}). */
@ApplicationScoped
class NoShowJob {

  private static final Logger LOG = Logger.getLogger(NoShowJob.class);

  private final NoShowRelease release;
  private final Clock clock;

  NoShowJob(NoShowRelease release, Clock clock) {
    this.release = release;
    this.clock = clock;
  }

  @Scheduled(
      identity = "no-show-release",
      every = "${reading-rooms.reservations.release-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> run() {
    return ScheduledRuns.survivingFailure(
        release
            .release(clock.instant())
            .invoke(slots -> LOG.debugf("Released no-show seats in %d slots", slots)),
        LOG,
        "The no-show release");
  }
}
