package org.gazetteer.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.routing.Upstream;
import org.junit.jupiter.api.Test;

class UpstreamFailureTest {

  @Test
  void anyFailureBeforeAConnectionIsUnreachable() {
    assertEquals(
        UpstreamFailure.UNREACHABLE, UpstreamFailure.of(new ConnectException("refused"), false));
    assertEquals(UpstreamFailure.UNREACHABLE, UpstreamFailure.of(new TimeoutException(), false));
  }

  @Test
  void onlyAPooledConnectionClosedAsItWasHandedOutCountsAsClosedBeforeSending() {
    assertTrue(UpstreamFailure.closedBeforeSending(new HttpClosedException("closed")));
    assertFalse(UpstreamFailure.closedBeforeSending(new ConnectException("refused")));
    assertFalse(UpstreamFailure.closedBeforeSending(new TimeoutException()));
  }

  @Test
  void aTimeoutAfterConnectingIsTimedOut() {
    assertEquals(UpstreamFailure.TIMED_OUT, UpstreamFailure.of(new TimeoutException(), true));
  }

  @Test
  void anotherFailureAfterConnectingIsBroken() {
    assertEquals(
        UpstreamFailure.BROKEN,
        UpstreamFailure.of(new VertxException("Connection was closed", true), true));
  }

  @Test
  void mapsToTheProblemsOfDesignSection5() {
    assertEquals(ProblemType.UNAVAILABLE, UpstreamFailure.UNREACHABLE.problem());
    assertEquals(ProblemType.UNAVAILABLE, UpstreamFailure.CIRCUIT_OPEN.problem());
    assertEquals(ProblemType.GATEWAY_TIMEOUT, UpstreamFailure.TIMED_OUT.problem());
    assertEquals(ProblemType.BAD_GATEWAY, UpstreamFailure.BROKEN.problem());
  }

  @Test
  void onlyUnavailabilityCarriesRetryAfter() {
    assertTrue(UpstreamFailure.UNREACHABLE.retryable());
    assertTrue(UpstreamFailure.CIRCUIT_OPEN.retryable());
    assertFalse(UpstreamFailure.TIMED_OUT.retryable());
    assertFalse(UpstreamFailure.BROKEN.retryable());
  }

  @Test
  void namesTheServiceAndTheTimeout() {
    assertEquals(
        "The events service did not answer within 400 ms",
        UpstreamFailure.TIMED_OUT.detail(
            new Upstream("events", URI.create("http://localhost:8083")), Duration.ofMillis(400)));
  }
}
