package org.gazetteer.deploy.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load: requests sent at a constant rate whatever the answers do, each latency counted
 * from when its request was due, not from when it was sent, so a stall counts for every request it
 * held up (no coordinated omission). wrk cannot do this (it sends the next request when the last
 * answer is in, and the constant-rate wrk2 is not packaged by Debian). The requests go out on a
 * Vert.x client's keep-alive connections (java.net.http cost about 1 ms of CPU per request here, as
 * much as the service under test); at most {@value #IN_FLIGHT} are open at once, and when all are
 * the next waits, its wait counted.
 */
final class ConstantRate implements AutoCloseable {

  private static final int IN_FLIGHT = 128;
  private static final Duration ANSWER = Duration.ofSeconds(10);

  private final Vertx vertx = Vertx.vertx();

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /**
   * Latencies in microseconds of {@code rate} requests per second to {@code url} for {@code time}.
   */
  Histogram run(String url, double rate, Duration time) throws Exception {
    URI uri = URI.create(url);
    HttpClient http =
        vertx
            .httpClientBuilder()
            .with(new HttpClientOptions().setKeepAlive(true))
            .with(new PoolOptions().setHttp1MaxSize(IN_FLIGHT))
            .build();
    RequestOptions request =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setHost(uri.getHost())
            .setPort(uri.getPort())
            .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
            .setIdleTimeout(ANSWER.toMillis());
    Histogram micros = new ConcurrentHistogram(3);
    AtomicLong failures = new AtomicLong();
    Semaphore open = new Semaphore(IN_FLIGHT);
    long interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
    int count = (int) (time.toNanos() / interval);
    CountDownLatch answered = new CountDownLatch(count);
    long start = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        long due = start + i * interval;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        if (!open.tryAcquire(ANSWER.toNanos(), TimeUnit.NANOSECONDS)) {
          throw new IllegalStateException(
              IN_FLIGHT + " requests open for " + ANSWER + " at " + url);
        }
        http.request(request)
            .compose(HttpClientRequest::send)
            .compose(answer -> answer.end().map(ignored -> answer.statusCode()))
            .onComplete(
                done -> {
                  open.release();
                  if (done.failed() || done.result() != 200) {
                    failures.incrementAndGet();
                  } else {
                    micros.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                  }
                  answered.countDown();
                });
      }
      if (!answered.await(ANSWER.toSeconds() * 2, TimeUnit.SECONDS)) {
        throw new IllegalStateException("answers still missing at " + url);
      }
    } finally {
      http.close();
    }
    if (failures.get() > 0) {
      throw new IllegalStateException(
          failures.get() + " of " + count + " requests failed at " + url);
    }
    return micros;
  }
}
