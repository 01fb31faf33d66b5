package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits until no Maven build runs on the machine: the benchmark shares its cores with CI runs, and
 * a build in the middle of a measurement would make it meaningless. Maven is recognised by its
 * launcher, {@code plexus-classworlds}, on the command line.
 */
final class QuietMachine {

  private static final String MAVEN = "plexus-classworlds";

  private QuietMachine() {}

  /** How many Maven builds run right now. */
  static long mavenBuilds() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains(MAVEN))
        .count();
  }

  /**
   * Polls every {@code poll} until no Maven build runs, at most {@code max}; returns how long it
   * waited. After {@code max} it gives up waiting and says so.
   */
  static Duration awaitNoMaven(Duration max, Duration poll, Consumer<String> progress)
      throws InterruptedException {
    long begin = System.nanoTime();
    long deadline = begin + max.toNanos();
    long builds = mavenBuilds();
    while (builds > 0) {
      if (System.nanoTime() > deadline) {
        progress.accept(
            "still "
                + builds
                + " Maven build(s) after "
                + max.toMinutes()
                + " min; measuring anyway");
        break;
      }
      progress.accept(builds + " Maven build(s) running; waiting " + poll.toSeconds() + " s");
      Thread.sleep(poll.toMillis());
      builds = mavenBuilds();
    }
    return Duration.ofNanos(System.nanoTime() - begin);
  }
}
