package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Waits until no Maven build runs on the machine: the benchmark shares its cores with CI runs, and
 * a build in the middle of a measurement would make it meaningless. Maven is recognised by its
 * launcher, {@code plexus-classworlds}, on the command line; the wait follows the builds' own exit,
 * then looks again in case another one started.
 */
final class QuietMachine {

  private static final String MAVEN = "plexus-classworlds";
  private static final String WAIT_ENV = "GAZETTEER_BENCH_MAVEN_WAIT";
  private static final int WAIT_MINUTES = 20;

  private QuietMachine() {}

  /**
   * How long to wait for other builds: {@code GAZETTEER_BENCH_MAVEN_WAIT} minutes, 20 when unset;
   * {@code 0} measures at once.
   */
  static Duration mavenWait() {
    String minutes = System.getenv(WAIT_ENV);
    if (minutes == null || minutes.isBlank()) {
      return Duration.ofMinutes(WAIT_MINUTES);
    }
    return Duration.ofMinutes(Integer.parseInt(minutes.trim()));
  }

  /** The Maven builds running right now. */
  static List<ProcessHandle> mavenBuilds() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains(MAVEN))
        .toList();
  }

  /**
   * Waits until no Maven build runs, at most {@code max}; returns how long it waited. After {@code
   * max} it gives up waiting and says so.
   */
  static Duration awaitNoMaven(Duration max, Consumer<String> progress)
      throws InterruptedException {
    long begin = System.nanoTime();
    long deadline = begin + max.toNanos();
    List<ProcessHandle> builds = mavenBuilds();
    while (!builds.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !awaitExit(builds, left)) {
        progress.accept(
            "still "
                + builds.size()
                + " Maven build(s) after "
                + max.toMinutes()
                + " min; measuring anyway");
        break;
      }
      builds = mavenBuilds();
    }
    return Duration.ofNanos(System.nanoTime() - begin);
  }

  private static boolean awaitExit(List<ProcessHandle> builds, long nanos)
      throws InterruptedException {
    try {
      CompletableFuture.allOf(
              builds.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
          .get(nanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for Maven builds failed", e.getCause());
    }
  }
}
