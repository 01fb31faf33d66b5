package org.gazetteer.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body that may not grow beyond a limit: it counts what passes, and past the limit stops
 * passing it on and fails with {@link TooLarge}, so a body sent without a length (chunked) is held
 * to the same limit as one that states it. Pausing, fetching and ending are the request's.
 */
final class BoundedBody implements ReadStream<Buffer> {

  /** The body went past its limit. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("The body is larger than " + limit + " bytes", null, false, false);
    }
  }

  private final ReadStream<Buffer> in;
  private final long limit;
  private long seen;
  private Handler<Throwable> failed;

  BoundedBody(ReadStream<Buffer> in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    failed = handler;
    in.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      in.handler(null);
      return this;
    }
    in.handler(
        chunk -> {
          seen += chunk.length();
          if (seen <= limit) {
            handler.handle(chunk);
          } else if (seen - chunk.length() <= limit) {
            in.pause();
            if (failed != null) {
              failed.handle(new TooLarge(limit));
            }
          }
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    in.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    in.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    in.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> handler) {
    in.endHandler(handler);
    return this;
  }
}
