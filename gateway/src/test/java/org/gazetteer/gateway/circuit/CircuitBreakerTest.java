package org.gazetteer.gateway.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.gazetteer.gateway.circuit.CircuitBreaker.State;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final Duration DELAY = Duration.ofSeconds(10);

  private final AtomicLong now = new AtomicLong(1_000_000L);
  private final CircuitBreaker breaker = new CircuitBreaker(3, DELAY, now::get);

  @Test
  void staysClosedBelowTheThreshold() {
    fail(2);
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void opensAfterConsecutiveFailures() {
    fail(3);
    assertEquals(State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
  }

  @Test
  void aSuccessResetsTheCount() {
    fail(2);
    breaker.tryAcquire();
    breaker.onSuccess();
    fail(2);
    assertEquals(State.CLOSED, breaker.state());
  }

  @Test
  void letsOneTrialThroughAfterTheDelay() {
    fail(3);
    advance(DELAY);
    assertTrue(breaker.tryAcquire());
    assertEquals(State.HALF_OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
  }

  @Test
  void closesWhenTheTrialSucceeds() {
    fail(3);
    advance(DELAY);
    breaker.tryAcquire();
    breaker.onSuccess();
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void reopensWhenTheTrialFails() {
    fail(3);
    advance(DELAY);
    breaker.tryAcquire();
    breaker.onFailure();
    assertEquals(State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
  }

  @Test
  void anAbandonedTrialFreesTheSlot() {
    fail(3);
    advance(DELAY);
    breaker.tryAcquire();
    breaker.release();
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void retryAfterIsTheRestOfTheOpenPeriod() {
    fail(3);
    advance(Duration.ofMillis(6_500));
    assertEquals(Duration.ofSeconds(4), breaker.retryAfter());
  }

  @Test
  void retryAfterIsTheDelayWhileClosed() {
    assertEquals(DELAY, breaker.retryAfter());
  }

  @Test
  void rejectsAThresholdBelowOne() {
    assertThrows(
        IllegalArgumentException.class, () -> new CircuitBreaker(0, DELAY, System::nanoTime));
  }

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      breaker.tryAcquire();
      breaker.onFailure();
    }
  }

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }
}
