package org.gazetteer.common.time;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/** What every scheduled job of the network does with its run's outcome. */
public final class ScheduledRuns {

  private ScheduledRuns() {}

  /**
   * The run, ending normally even when it failed: a failure is logged as a warning naming {@code
   * what}, and the job simply runs again on its next tick rather than stopping the scheduler's
   * thread with an error.
   */
  public static Uni<Void> survivingFailure(Uni<?> run, Logger log, String what) {
    return run.onFailure()
        .invoke(e -> log.warnf(e, "%s failed; it runs again next time", what))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }
}
