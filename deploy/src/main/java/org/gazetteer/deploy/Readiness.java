package org.gazetteer.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits until processes answer {@code 200} on their readiness URL. Fails fast when one of them
 * exits, when the deadline passes, or when the start is cancelled.
 */
final class Readiness {

  private static final long PAUSE_MILLIS = 250;
  private static final int LOG_TAIL_LINES = 40;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final BooleanSupplier cancelled;

  /** A process and the URL that answers 200 once it is ready. */
  record Target(ManagedProcess process, URI uri) {}

  Readiness(BooleanSupplier cancelled) {
    this.cancelled = cancelled;
  }

  /** Returns when every target is ready; calls {@code onReady} as each one gets there. */
  void awaitAll(List<Target> targets, Duration timeout, Consumer<Target> onReady) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Target> pending = new ArrayList<>(targets);
    while (true) {
      for (Iterator<Target> it = pending.iterator(); it.hasNext(); ) {
        Target target = it.next();
        if (!target.process().isAlive()) {
          throw failure(target, "exited with code " + target.process().process().exitValue());
        }
        if (answersOk(target.uri())) {
          it.remove();
          onReady.accept(target);
        }
      }
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw failure(pending.get(0), "was not ready after " + timeout.toSeconds() + " s");
      }
      pause(pending.get(0));
    }
  }

  /** Waiting on the process itself both paces the polling and notices a child that dies. */
  private void pause(Target target) {
    if (cancelled.getAsBoolean()) {
      throw new StartupException("start cancelled");
    }
    try {
      target.process().process().waitFor(PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("start interrupted", e);
    }
  }

  private boolean answersOk(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static StartupException failure(Target target, String what) {
    ManagedProcess process = target.process();
    return new StartupException(
        process.name() + " " + what + " (log: " + process.log() + ")",
        process.logTail(LOG_TAIL_LINES),
        null);
  }
}
