package org.gazetteer.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops process trees: every process and its descendants (Keycloak's start script runs a JVM) get
 * SIGTERM together, and whatever still runs after the grace period gets SIGKILL. Nothing is left
 * listening afterwards.
 */
final class ProcessStopper {

  private static final Duration AFTER_KILL = Duration.ofSeconds(5);

  private ProcessStopper() {}

  /** Stops all of {@code processes} in parallel and returns once they are gone. */
  static void stop(List<ManagedProcess> processes, Duration grace) {
    List<ProcessHandle> handles = new ArrayList<>();
    for (ManagedProcess managed : processes) {
      ProcessHandle root = managed.process().toHandle();
      // Collect the descendants first: once the root exits they are no longer its descendants.
      root.descendants().forEach(handles::add);
      handles.add(root);
    }
    handles.forEach(ProcessHandle::destroy);
    awaitAll(handles, grace);
    List<ProcessHandle> stubborn = handles.stream().filter(ProcessHandle::isAlive).toList();
    if (!stubborn.isEmpty()) {
      stubborn.forEach(ProcessHandle::destroyForcibly);
      awaitAll(stubborn, AFTER_KILL);
    }
  }

  private static void awaitAll(List<ProcessHandle> handles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle handle : handles) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return;
      }
      try {
        handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
