package org.gazetteer.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.http.RequestIds;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.circuit.CircuitBreaker;
import org.gazetteer.gateway.routing.Route;
import org.jboss.logging.Logger;

/**
 * One request forwarded to an upstream: both bodies are streamed, never buffered. All callbacks run
 * on the event loop of the client's connection, so the state here needs no locking. The outcome is
 * reported to the circuit breaker exactly once.
 */
final class Exchange {

  private static final Logger LOG = Logger.getLogger(Exchange.class);

  private final RoutingContext rc;
  private final Route route;
  private final CircuitBreaker breaker;
  private final Duration timeout;
  private final String path;
  private final Pipe<Buffer> body;
  private HttpClient client;
  private RequestOptions options;
  private HttpClientRequest upstream;
  private boolean settled;
  private boolean retried;
  private boolean bodyClosed;

  /** Pauses the client's body right away, so nothing is lost while a connection is obtained. */
  Exchange(RoutingContext rc, String path, Route route, CircuitBreaker breaker, Duration timeout) {
    this.rc = rc;
    this.path = path;
    this.route = route;
    this.breaker = breaker;
    this.timeout = timeout;
    this.body = new BoundedBody(rc.request(), route.maxBodySize()).pipe().endOnFailure(false);
  }

  void start(HttpClient client, Duration connectTimeout, PublicOrigin origin) {
    HttpServerRequest in = rc.request();
    this.client = client;
    this.options =
        new RequestOptions()
            .setMethod(in.method())
            .setURI(in.query() == null ? path : path + "?" + in.query())
            .setHeaders(ForwardedHeaders.request(in, origin))
            .setConnectTimeout(connectTimeout.toMillis())
            .setIdleTimeout(timeout.toMillis());
    rc.response().closeHandler(closed -> abandon());
    request();
  }

  private void request() {
    client.request(options).onSuccess(this::send).onFailure(this::noConnection);
  }

  /**
   * No connection to send on. A pooled connection that closed just as it was handed out fails like
   * this (e.g. one reset because its last client went away): nothing was sent yet, so any request
   * goes once more, on another connection. Anything else means the upstream is not reachable.
   */
  private void noConnection(Throwable failure) {
    if (UpstreamFailure.closedBeforeSending(failure) && !retried && !settled) {
      retried = true;
      LOG.debugf(
          "Request %s to %s: the pooled connection closed (%s), taking another",
          id(), route.upstream().id(), failure.toString());
      request();
      return;
    }
    fail(UpstreamFailure.of(failure, false), failure);
  }

  private void send(HttpClientRequest request) {
    upstream = request;
    if (settled) {
      request.reset();
      return;
    }
    request.response().onSuccess(this::relay).onFailure(this::broken);
    // Failures reach the response future above; without a handler Vert.x would also log each one as
    // an error, e.g. the reset when a client goes away before the upstream answered.
    request.exceptionHandler(failure -> LOG.debugf("Request %s: %s", id(), failure.toString()));
    if (hasBody(rc.request())) {
      if (!request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
        request.setChunked(true);
      }
      body.to(request)
          .onFailure(
              failure -> {
                if (failure instanceof BoundedBody.TooLarge) {
                  tooLarge(failure);
                }
                request.reset(0, failure);
              });
    } else {
      if (!bodyClosed) {
        bodyClosed = true;
        body.close();
      }
      request.end();
    }
  }

  /**
   * The connection broke before a response came. A pooled keep-alive connection the upstream had
   * just closed fails like this, so an idempotent request without a body is sent once more, on
   * another connection: sending it again cannot change anything twice. Anything else is a 502.
   */
  private void broken(Throwable failure) {
    UpstreamFailure kind = UpstreamFailure.of(failure, true);
    if (kind == UpstreamFailure.BROKEN && !retried && !settled && replayable(rc.request())) {
      retried = true;
      LOG.debugf(
          "Request %s to %s: connection broke (%s), sending it again",
          id(), route.upstream().id(), failure.toString());
      upstream = null;
      request();
      return;
    }
    fail(kind, failure);
  }

  private static boolean replayable(HttpServerRequest in) {
    HttpMethod method = in.method();
    boolean idempotent =
        method == HttpMethod.GET
            || method == HttpMethod.HEAD
            || method == HttpMethod.OPTIONS
            || method == HttpMethod.PUT
            || method == HttpMethod.DELETE;
    return idempotent && !hasBody(in);
  }

  private void relay(HttpClientResponse response) {
    if (settled) {
      return;
    }
    settled = true;
    breaker.onSuccess();
    HttpServerResponse out = rc.response();
    out.setStatusCode(response.statusCode());
    out.setStatusMessage(response.statusMessage());
    ForwardedHeaders.response(response.headers(), out.headers());
    if (!out.headers().contains(HttpHeaders.CONTENT_LENGTH) && bodyAllowed(response)) {
      out.setChunked(true);
    }
    response
        .pipe()
        .endOnFailure(false)
        .to(out)
        .onFailure(
            failure -> {
              // The head is out, so no problem can be sent; a reset tells the client that the body
              // is incomplete instead of letting it pass for a whole one.
              LOG.warnf(
                  "Relaying the %s response to request %s failed: %s",
                  route.upstream().id(), id(), failure.toString());
              upstream.reset();
              if (!out.closed()) {
                out.reset();
              }
            });
  }

  private void fail(UpstreamFailure failure, Throwable cause) {
    if (settled) {
      return;
    }
    settled = true;
    body.close();
    breaker.onFailure();
    LOG.warnf(
        "Request %s to %s failed (%s): %s", id(), route.upstream().id(), failure, cause.toString());
    UpstreamProblems.send(rc, route.upstream(), failure, breaker.retryAfter(), timeout);
  }

  /** The body outgrew the route's limit while it streamed: nothing the upstream did wrong. */
  private void tooLarge(Throwable failure) {
    if (settled) {
      return;
    }
    settled = true;
    breaker.release();
    HttpProblems.send(rc, ProblemType.PAYLOAD_TOO_LARGE, failure.getMessage());
    // The rest of the body is not read; the connection cannot be reused.
    rc.response().endHandler(ended -> rc.request().connection().close());
  }

  /** The client went away before the upstream answered: that says nothing about the upstream. */
  private void abandon() {
    if (settled) {
      return;
    }
    settled = true;
    breaker.release();
    if (upstream != null) {
      upstream.reset();
    }
  }

  private String id() {
    return rc.request().getHeader(RequestIds.HEADER);
  }

  private static boolean hasBody(HttpServerRequest in) {
    if (in.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
      return true;
    }
    if (in.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
      return true;
    }
    return in.version() == HttpVersion.HTTP_2 && !in.isEnded();
  }

  private boolean bodyAllowed(HttpClientResponse response) {
    int status = response.statusCode();
    return rc.request().method() != HttpMethod.HEAD
        && status >= 200
        && status != 204
        && status != 304;
  }
}
