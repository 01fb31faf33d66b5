package org.gazetteer.gateway.circuit;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A per-upstream circuit breaker: after {@code threshold} consecutive transport failures it opens
 * and refuses calls for {@code delay}; then one trial call is let through (half-open), whose
 * outcome closes or re-opens it. State is local to this gateway instance on purpose: each instance
 * judges the upstream from its own calls, nothing needs to be shared (docs/architecture.md).
 */
public final class CircuitBreaker {

  /** Where the breaker stands. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final long delayNanos;
  private final LongSupplier nanoClock;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private long openedAt;
  private boolean trialInFlight;

  public CircuitBreaker(int threshold, Duration delay, LongSupplier nanoClock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("the failure threshold must be at least 1");
    }
    this.threshold = threshold;
    this.delayNanos = delay.toNanos();
    this.nanoClock = nanoClock;
  }

  /**
   * Whether a call may go to the upstream now. A caller that got {@code true} reports the outcome
   * with {@link #onSuccess}, {@link #onFailure} or {@link #release}.
   */
  public synchronized boolean tryAcquire() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (nanoClock.getAsLong() - openedAt < delayNanos) {
          return false;
        }
        state = State.HALF_OPEN;
        trialInFlight = true;
        return true;
      default:
        if (trialInFlight) {
          return false;
        }
        trialInFlight = true;
        return true;
    }
  }

  /** The upstream answered (any HTTP status): it is reachable. */
  public synchronized void onSuccess() {
    state = State.CLOSED;
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  /** The upstream could not be reached, timed out or broke the connection. */
  public synchronized void onFailure() {
    trialInFlight = false;
    if (state == State.HALF_OPEN || state == State.CLOSED && ++consecutiveFailures >= threshold) {
      state = State.OPEN;
      openedAt = nanoClock.getAsLong();
      consecutiveFailures = 0;
    }
  }

  /** The call ended without telling anything about the upstream (the client went away). */
  public synchronized void release() {
    trialInFlight = false;
  }

  public synchronized State state() {
    return state;
  }

  /** How long a client should wait before retrying: the rest of the open period, at least 1 s. */
  public synchronized Duration retryAfter() {
    long remaining =
        state == State.OPEN ? delayNanos - (nanoClock.getAsLong() - openedAt) : delayNanos;
    long seconds = Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    return Duration.ofSeconds(seconds);
  }
}
