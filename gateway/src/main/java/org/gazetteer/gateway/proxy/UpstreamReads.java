package org.gazetteer.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.gazetteer.gateway.circuit.CircuitBreaker;
import org.gazetteer.gateway.circuit.CircuitBreakers;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.Route;
import org.jboss.logging.Logger;

/**
 * Whole-body reads of an upstream, for the cache: a GET with the client's forwarded headers but
 * without its conditions (the cache wants the full answer, not a 304) and without compression, so
 * that what is kept can be served to any client. Guarded by the upstream's circuit breaker like
 * every proxied request; a body larger than the limit is not read to the end.
 */
@ApplicationScoped
public class UpstreamReads {

  private static final Logger LOG = Logger.getLogger(UpstreamReads.class);

  /** An upstream answer read whole, or marked {@code oversize} and dropped. */
  public record Read(int status, MultiMap headers, Buffer body, boolean oversize) {}

  /** Why a read gave no answer, and when to retry. */
  public static final class Failed extends RuntimeException {
    private final transient UpstreamFailure failure;
    private final Duration retryAfter;

    Failed(UpstreamFailure failure, Duration retryAfter, Throwable cause) {
      super(failure.name(), cause, false, false);
      this.failure = failure;
      this.retryAfter = retryAfter;
    }
  }

  private final UpstreamClients clients;
  private final CircuitBreakers breakers;
  private final GatewayConfig config;
  private final PublicOrigin origin;

  UpstreamReads(UpstreamClients clients, CircuitBreakers breakers, GatewayConfig config) {
    this.clients = clients;
    this.breakers = breakers;
    this.config = config;
    this.origin = PublicOrigin.of(config.publicUrl());
  }

  /** Reads {@code rc}'s path and query from the route's upstream, at most {@code maxBytes}. */
  public Future<Read> get(RoutingContext rc, Route route, long maxBytes) {
    String query = rc.request().query();
    String uri = query == null ? rc.normalizedPath() : rc.normalizedPath() + "?" + query;
    return get(rc, route, uri, maxBytes, route.timeout(), false);
  }

  /**
   * Reads {@code uri} (a path and query) from the route's upstream on behalf of {@code rc}, at most
   * {@code maxBytes}, waiting at most {@code timeout} for it; {@code anonymous} leaves the client's
   * credentials out, for a read of public data whoever asks.
   */
  public Future<Read> get(
      RoutingContext rc,
      Route route,
      String uri,
      long maxBytes,
      Duration timeout,
      boolean anonymous) {
    CircuitBreaker breaker = breakers.of(route.upstream());
    if (!breaker.tryAcquire()) {
      return Future.failedFuture(
          new Failed(UpstreamFailure.CIRCUIT_OPEN, breaker.retryAfter(), null));
    }
    MultiMap headers = ForwardedHeaders.request(rc.request(), origin);
    for (String conditional :
        new String[] {
          "If-None-Match", "If-Modified-Since", "If-Match", "Range", "Accept-Encoding"
        }) {
      headers.remove(conditional);
    }
    if (anonymous) {
      for (String credential : new String[] {"Authorization", "Cookie"}) {
        headers.remove(credential);
      }
    }
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setURI(uri)
            .setHeaders(headers)
            .setConnectTimeout(config.timeout().connect().toMillis())
            .setIdleTimeout(timeout.toMillis());
    Promise<Read> read = Promise.promise();
    clients
        .of(route.upstream())
        .request(options)
        .onFailure(e -> fail(read, breaker, UpstreamFailure.of(e, false), e))
        .onSuccess(
            request ->
                request
                    .send()
                    .onFailure(e -> fail(read, breaker, UpstreamFailure.of(e, true), e))
                    .onSuccess(response -> body(response, maxBytes, breaker, read)));
    return read.future();
  }

  private static void body(
      HttpClientResponse response, long maxBytes, CircuitBreaker breaker, Promise<Read> read) {
    String length = response.getHeader("Content-Length");
    if (length != null && Long.parseLong(length) > maxBytes) {
      breaker.onSuccess();
      response.request().reset();
      read.tryComplete(new Read(response.statusCode(), response.headers(), null, true));
      return;
    }
    Buffer body = Buffer.buffer();
    response.handler(
        chunk -> {
          if (body.length() + chunk.length() > maxBytes) {
            response.request().reset();
            read.tryComplete(new Read(response.statusCode(), response.headers(), null, true));
          } else {
            body.appendBuffer(chunk);
          }
        });
    response.exceptionHandler(
        e -> {
          if (!read.future().isComplete()) {
            fail(read, breaker, UpstreamFailure.BROKEN, e);
          }
        });
    response.endHandler(
        ended -> {
          breaker.onSuccess();
          read.tryComplete(new Read(response.statusCode(), response.headers(), body, false));
        });
  }

  private static void fail(
      Promise<Read> read, CircuitBreaker breaker, UpstreamFailure failure, Throwable cause) {
    breaker.onFailure();
    LOG.debugf("Cache read failed (%s): %s", failure, cause.toString());
    read.tryFail(new Failed(failure, breaker.retryAfter(), cause));
  }

  /** Answers {@code rc} with the problem a failed read stands for (503, 504 or 502). */
  public void answerFailure(RoutingContext rc, Route route, Throwable failure) {
    if (failure instanceof Failed failed) {
      UpstreamProblems.send(
          rc, route.upstream(), failed.failure, failed.retryAfter, route.timeout());
    } else {
      UpstreamProblems.send(
          rc, route.upstream(), UpstreamFailure.BROKEN, Duration.ZERO, route.timeout());
    }
  }

  /** Whether a read failed because the upstream did not answer in time. */
  public static boolean timedOut(Throwable failure) {
    return failure instanceof Failed failed && failed.failure == UpstreamFailure.TIMED_OUT;
  }

  /** In words, why a read that waited at most {@code timeout} failed. */
  public static String problem(Throwable failure, Route route, Duration timeout) {
    if (failure instanceof Failed failed) {
      return failed.failure.detail(route.upstream(), timeout);
    }
    return "The " + route.upstream().id() + " service could not be read";
  }

  /** Copies an upstream answer's end-to-end headers onto {@code out}. */
  public static void copyHeaders(MultiMap upstream, MultiMap out) {
    ForwardedHeaders.response(upstream, out);
  }
}
