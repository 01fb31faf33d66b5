package org.gazetteer.gateway.proxy;

import io.vertx.core.http.HttpClosedException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.routing.Upstream;

/** Why a call to an upstream gave no response, and the problem the client gets for it. */
enum UpstreamFailure {
  /** No connection: refused, unknown host, connect or pool timeout. */
  UNREACHABLE(ProblemType.UNAVAILABLE),
  /** The circuit is open; the upstream was not called. */
  CIRCUIT_OPEN(ProblemType.UNAVAILABLE),
  /** Connected, but the upstream stayed silent longer than the route's timeout. */
  TIMED_OUT(ProblemType.GATEWAY_TIMEOUT),
  /** Connected, but the connection broke before a response arrived. */
  BROKEN(ProblemType.BAD_GATEWAY);

  private final ProblemType problem;

  UpstreamFailure(ProblemType problem) {
    this.problem = problem;
  }

  /** Classifies a failure by whether a connection to the upstream had been obtained. */
  static UpstreamFailure of(Throwable failure, boolean connected) {
    if (!connected) {
      return UNREACHABLE;
    }
    return failure instanceof TimeoutException ? TIMED_OUT : BROKEN;
  }

  /**
   * Whether getting a connection failed because the pooled one closed as it was handed out, before
   * anything was written to it.
   */
  static boolean closedBeforeSending(Throwable failure) {
    return failure instanceof HttpClosedException;
  }

  ProblemType problem() {
    return problem;
  }

  /** Whether the client is told when to retry ({@code Retry-After}). */
  boolean retryable() {
    return problem == ProblemType.UNAVAILABLE;
  }

  String detail(Upstream upstream, Duration timeout) {
    String service = "The " + upstream.id() + " service";
    return switch (this) {
      case UNREACHABLE -> service + " is not reachable; try again later";
      case CIRCUIT_OPEN -> service + " is failing; calls to it are paused, try again later";
      case TIMED_OUT -> service + " did not answer within " + timeout.toMillis() + " ms";
      case BROKEN -> service + " closed the connection without answering";
    };
  }
}
